/**
 * Who is offered which service, where: one table by audience × language × place, read by the bar
 * and by the age-check gate alike, so a reader gets the same help from both. The services
 * themselves, and what may be said of them, are in the registry (contacts.ts).
 */
import { contactById, type Channel, type Contact, type ContactId } from './contacts.js';
import type { Language } from './language.js';
import type { Audience } from './audience.js';

/**
 * Where a list of services shows: the folded bar or corner card (a few links), the unfolded one
 * (and the inline and modal notices, which never fold), the gate's question, and the gate's view
 * for a visitor who answered "under 18".
 */
export const PLACES = ['bar-folded', 'bar-unfolded', 'gate-question', 'gate-minor'] as const;
export type Place = (typeof PLACES)[number];

/** One link of a service: its id and the kind of channel, e.g. `childfocus:phone`. */
export type LinkRef = `${ContactId}:${Channel['kind']}`;

/** What one audience reading one language is offered. */
export interface Offer {
  /** The links a folded bar shows, all of them links of `bar-unfolded`'s services. */
  'bar-folded': readonly LinkRef[];
  'bar-unfolded': readonly ContactId[];
  'gate-question': readonly ContactId[];
  'gate-minor': readonly ContactId[];
}

/**
 * A young reader's services, Child Focus first, then a line that answers in the reader's language
 * where the registry has one (Awel in Dutch, 103 in French, Telefonhilfe 108 in German), 1712,
 * and the emergency numbers. The gate's under-18 view shows the same list, whatever the audience.
 */
const YOUNG: Readonly<Record<Language, readonly ContactId[]>> = {
  nl: ['childfocus', 'awel', '1712', 'emergency'],
  fr: ['childfocus', '103', '1712', 'emergency'],
  de: ['childfocus', 'telefonhilfe', '1712', 'emergency'],
  en: ['childfocus', '1712', '103', 'emergency'],
};

/**
 * Folded, a young reader sees the call and a chat route: Child Focus's site (chat or e-mail, in
 * Dutch and French), or for a German reader the German-language line's chat.
 */
const YOUNG_FOLDED: Readonly<Record<Language, readonly LinkRef[]>> = {
  nl: ['childfocus:phone', 'childfocus:site'],
  fr: ['childfocus:phone', 'childfocus:site'],
  de: ['childfocus:phone', 'telefonhilfe:site'],
  en: ['childfocus:phone', 'childfocus:site'],
};

/** A witness (whoever comes across it, on any platform): the call for an offered minor and the images reporting point. */
const WITNESS_FOLDED: readonly LinkRef[] = ['childfocus:phone', 'childfocus:report'];
/** Child Focus and 1712; a German reader also gets the German-language line. */
const WITNESS: Readonly<Record<Language, readonly ContactId[]>> = {
  nl: ['childfocus', '1712'],
  fr: ['childfocus', '1712'],
  de: ['childfocus', 'telefonhilfe', '1712'],
  en: ['childfocus', '1712'],
};

/**
 * A client (the visitor of a sex-ad or escort site): the call for an offered minor, help to stop
 * (Stop it Now!, in Dutch; no French-language line is confirmed), and 1712, which also answers
 * people who use violence; a German reader also gets the German-language line.
 */
const CLIENT: Readonly<Record<Language, readonly ContactId[]>> = {
  nl: ['childfocus', 'stopitnow', '1712'],
  fr: ['childfocus', 'stopitnow', '1712'],
  de: ['childfocus', 'telefonhilfe', 'stopitnow', '1712'],
  en: ['childfocus', 'stopitnow', '1712'],
};
/** Folded, a client sees the call and the way to help to stop. */
const CLIENT_FOLDED: readonly LinkRef[] = ['childfocus:phone', 'stopitnow:site'];

/**
 * The age check's question is put to every visitor of an adult site, about to become a client, so
 * it speaks to clients whatever the audience; the audience decides the bar that may follow it.
 */
export const GATE_AUDIENCE = 'client' satisfies Audience;

const offer = (language: Language, folded: readonly LinkRef[], unfolded: readonly ContactId[]): Offer => ({
  'bar-folded': folded,
  'bar-unfolded': unfolded,
  'gate-question': CLIENT[language],
  'gate-minor': YOUNG[language],
});

const witness = (language: Language) => offer(language, WITNESS_FOLDED, WITNESS[language]);
const young = (language: Language) => offer(language, YOUNG_FOLDED[language], YOUNG[language]);
const client = (language: Language) => offer(language, CLIENT_FOLDED, CLIENT[language]);

export const CONTACT_TABLE: Readonly<Record<Audience, Readonly<Record<Language, Offer>>>> = {
  witness: { nl: witness('nl'), fr: witness('fr'), de: witness('de'), en: witness('en') },
  youth: { nl: young('nl'), fr: young('fr'), de: young('de'), en: young('en') },
  client: { nl: client('nl'), fr: client('fr'), de: client('de'), en: client('en') },
};


/** The services a place lists for this reader, from the table. */
export const contactsFor = (language: Language, audience: Audience, place: Exclude<Place, 'bar-folded'>): Contact[] =>
  CONTACT_TABLE[audience][language][place].map((id) => contactById.get(id)!);

/** The default list of the bar (unfolded) and of every notice that does not fold. */
export const defaultContacts = (language: Language, audience: Audience): Contact[] =>
  contactsFor(language, audience, 'bar-unfolded');

/**
 * What a notice or the gate's question lists: the contacts `data-contacts` names, else the
 * table's. The gate's under-18 view always follows the table (`contactsFor(…, 'gate-minor')`).
 */
export const shownContacts = (
  chosen: Contact[] | undefined,
  language: Language,
  audience: Audience,
  place: 'bar-unfolded' | 'gate-question' = 'bar-unfolded',
): Contact[] => chosen ?? contactsFor(language, audience, place);

/** How the table names one of a contact's links: `childfocus:phone`. */
export const linkRef = (contact: Contact, channel: Channel): LinkRef => `${contact.id as ContactId}:${channel.kind}`;

/**
 * The links a folded bar shows of `contacts` (the table's list or the operator's): the table's
 * folded links among them; failing that, the first phone and the first reporting point; failing
 * that, the first link, so a folded bar always has a way out to help.
 */
export function foldedLinks(contacts: readonly Contact[], language: Language, audience: Audience): ReadonlySet<LinkRef> {
  const all = contacts.flatMap((contact) => contact.channels.map((channel) => linkRef(contact, channel)));
  const table = CONTACT_TABLE[audience][language]['bar-folded'].filter((ref) => all.includes(ref));
  if (table.length > 0) return new Set(table);
  const first = (kind: Channel['kind']) => all.find((ref) => ref.endsWith(`:${kind}`));
  const fallback = [first('phone'), first('report')].filter((ref): ref is LinkRef => ref !== undefined);
  return new Set(fallback.length > 0 ? fallback : all.slice(0, 1));
}
