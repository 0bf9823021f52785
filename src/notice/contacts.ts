/**
 * The contact registry: every service the banner can name, and every fact it may state about
 * one, each fact with the source it was read in and the day it was checked. A note is composed
 * from these facts (src/notice/text.ts), so nothing is claimed that is not here. Opening hours
 * are left out wherever no current source states them.
 */
import type { Language } from './language.js';
import type { Warn } from '../host/warn.js';

/**
 * Where a fact was read; the full references are in src/notice/contact-sources.ts, kept out of the
 * script that pages load.
 */
export type SourceId =
  | 'childfocus'
  | 'stopchildporno'
  | 'safer-internet'
  | 'bipt'
  | '1712'
  | '103'
  | 'sosviol'
  | 'awel'
  | 'stopitnow'
  | 'telefonhilfe'
  | 'stopmensenhandel'
  | '112';

/** The day these facts were last checked against their sources (ISO 8601). */
const CHECKED = '2026-11-28';

/** Something the banner may say about a service. */
export type Claim =
  /** No cost to call or use. */
  | 'free'
  /** Open 24 hours a day, 7 days a week. */
  | 'always-open'
  /** Reachable without giving a name, on the channel named by `on` (the whole service without it). */
  | 'anonymous'
  /** Calls do not appear on the phone bill. */
  | 'off-bill'
  /** Chat on the service's website. */
  | 'chat'
  /** E-mail through the service's website. */
  | 'email'
  /** The languages the service is given in (`languages`). */
  | 'languages'
  /** It says itself that it is not a reporting point. */
  | 'not-reporting-point'
  /** It says itself that it is not an emergency number. */
  | 'not-emergency'
  /** What the service is for (each has a note of its own). */
  | 'for-young'
  | 'violence-abuse'
  | 'sexual-violence'
  | 'own-feelings'
  | 'trafficking'
  | 'emergency';

export interface Fact {
  claim: Claim;
  /** The channel the fact holds for, when not the whole service. */
  on?: 'phone' | 'chat' | 'report';
  /** With `languages`: the languages served. */
  languages?: readonly Language[];
  source: SourceId;
  /** ISO 8601 day the fact was checked against its source. */
  checked: string;
}

/** A way to reach a service. Phones are dialled with `tel:`, everything else is `https:`. */
export type Channel = (
  | {
      kind: 'phone';
      /** The number as people write it, with no-break spaces so it never breaks across lines. */
      number: string;
      href: `tel:${string}`;
      /** Whom the call reaches when that is not the service itself. */
      whom?: 'emergency' | 'police';
    }
  | {
      kind: 'report' | 'site';
      href: `https://${string}`;
      /** Shown only to readers of these languages, for a service with a site per language. */
      languages?: readonly Language[];
    }
) & { source: SourceId };

export interface Contact {
  id: string;
  /** The service's own name, as it is known in every language unless `names` gives another. */
  name: string;
  /** The name it goes by in a language, where it has one per language. */
  names?: Partial<Record<Language, string>>;
  channels: readonly Channel[];
  facts: readonly Fact[];
}

const fact = (claim: Claim, source: SourceId, on?: Fact['on']): Fact => ({ claim, on, source, checked: CHECKED });
const served = (source: SourceId, languages: readonly Language[]): Fact => ({
  claim: 'languages',
  languages,
  source,
  checked: CHECKED,
});

export const CONTACTS = [
  {
    id: 'childfocus',
    name: 'Child Focus',
    channels: [
      { kind: 'phone', number: '116\u00a0000', href: 'tel:116000', source: 'childfocus' },
      { kind: 'report', href: 'https://www.stopchildporno.be/', source: 'stopchildporno' },
      { kind: 'site', href: 'https://childfocus.be/', source: 'childfocus' },
    ],
    facts: [
      fact('free', 'childfocus', 'phone'),
      fact('always-open', 'safer-internet', 'phone'),
      fact('off-bill', 'bipt', 'phone'),
      fact('anonymous', 'stopchildporno', 'report'),
      fact('chat', 'childfocus'),
      fact('email', 'childfocus'),
      served('childfocus', ['nl', 'fr']),
    ],
  },
  {
    id: '1712',
    name: '1712',
    channels: [
      { kind: 'phone', number: '1712', href: 'tel:1712', source: '1712' },
      { kind: 'site', href: 'https://1712.be/', source: '1712' },
    ],
    facts: [
      fact('free', '1712'),
      fact('anonymous', '1712'),
      fact('off-bill', '1712', 'phone'),
      fact('violence-abuse', '1712'),
      fact('chat', '1712'),
      fact('email', '1712'),
      fact('not-reporting-point', '1712'),
      fact('not-emergency', '1712'),
      served('1712', ['nl']),
    ],
  },
  {
    id: '103',
    name: '103 Écoute-Enfants',
    channels: [
      { kind: 'phone', number: '103', href: 'tel:103', source: '103' },
      { kind: 'site', href: 'https://103ecoute.be/', source: '103' },
    ],
    // Its chat is announced, not confirmed live: the site is linked, no chat is promised.
    facts: [fact('free', '103', 'phone'), fact('anonymous', '103', 'phone'), fact('for-young', '103'), served('103', ['fr'])],
  },
  {
    id: 'awel',
    name: 'Awel',
    // The website address is not confirmed by a current source, so only the number is shown.
    channels: [{ kind: 'phone', number: '102', href: 'tel:102', source: 'awel' }],
    facts: [
      fact('free', 'awel', 'phone'),
      fact('anonymous', 'awel', 'phone'),
      fact('for-young', 'awel'),
      served('awel', ['nl']),
    ],
  },
  {
    id: 'sosviol',
    name: 'SOS Viol',
    channels: [
      { kind: 'phone', number: '0800\u00a098\u00a0100', href: 'tel:080098100', source: 'sosviol' },
      { kind: 'site', href: 'https://sosviol.be/', source: 'sosviol' },
    ],
    // No current source confirms an age limit or opening hours.
    facts: [
      fact('free', 'sosviol', 'phone'),
      fact('sexual-violence', 'sosviol'),
      fact('chat', 'sosviol'),
      fact('anonymous', 'sosviol', 'chat'),
      served('sosviol', ['fr']),
    ],
  },
  {
    id: 'telefonhilfe',
    name: 'Telefonhilfe Ostbelgien',
    channels: [
      { kind: 'phone', number: '108', href: 'tel:108', source: 'telefonhilfe' },
      { kind: 'site', href: 'https://telefonhilfe.be/', source: 'telefonhilfe' },
    ],
    facts: [
      // Sourced for the line; the chat came later, so nothing is said of it beyond its link.
      fact('free', 'telefonhilfe', 'phone'),
      fact('always-open', 'telefonhilfe', 'phone'),
      fact('anonymous', 'telefonhilfe', 'phone'),
      fact('chat', 'telefonhilfe'),
      served('telefonhilfe', ['de']),
    ],
  },
  {
    id: 'stopitnow',
    name: 'Stop it Now!',
    // No current source confirms a phone number.
    channels: [{ kind: 'site', href: 'https://stopitnow.be/', source: 'stopitnow' }],
    facts: [
      fact('free', 'stopitnow'),
      fact('anonymous', 'stopitnow'),
      fact('own-feelings', 'stopitnow'),
      fact('chat', 'stopitnow'),
      fact('email', 'stopitnow'),
      served('stopitnow', ['nl']),
    ],
  },
  {
    // Optional, in no default list. Summaries of the Royal Decree of 18 May 2024 say sex-ad
    // platforms must show this contact point; the decree's text was not read, so nothing here
    // says that showing it meets the decree. Hours, cost and anonymity of the call: unconfirmed.
    id: 'stopmensenhandel',
    name: 'Stop mensenhandel',
    names: { fr: 'Stop traite des êtres humains' },
    channels: [
      { kind: 'phone', number: '078\u00a005\u00a058\u00a000', href: 'tel:078055800', source: 'stopmensenhandel' },
      { kind: 'site', href: 'https://www.stopmensenhandel.be/', languages: ['nl', 'de', 'en'], source: 'stopmensenhandel' },
      { kind: 'site', href: 'https://www.stoptraitehumaine.be/', languages: ['fr'], source: 'stopmensenhandel' },
    ],
    facts: [fact('trafficking', 'stopmensenhandel')],
  },
  {
    id: 'emergency',
    name: '112 / 101',
    channels: [
      { kind: 'phone', number: '112', href: 'tel:112', whom: 'emergency', source: '112' },
      { kind: 'phone', number: '101', href: 'tel:101', whom: 'police', source: '112' },
    ],
    facts: [fact('emergency', '112')],
  },
] as const satisfies readonly Contact[];

export type ContactId = (typeof CONTACTS)[number]['id'];
export const CONTACT_IDS: readonly ContactId[] = CONTACTS.map((contact) => contact.id);
/**
 * The services every default list of the bar shows, whatever the language and audience: the ones
 * the notice exists for. Who is offered what, where, is in src/notice/contact-table.ts.
 */
export const DEFAULT_CONTACTS: readonly ContactId[] = ['childfocus', '1712'];

/** Each contact by its id. */
export const contactById = new Map<string, Contact>(CONTACTS.map((contact) => [contact.id, contact]));

/**
 * The contacts named in `data-contacts`, in that order, or `undefined` when the attribute is
 * absent (the table of src/notice/contact-table.ts then decides). Unknown ids are reported and
 * skipped; when nothing valid is left, Child Focus is shown so the notice always names a way
 * to report.
 */
export function chooseContacts(attribute: string, value: unknown, warn: Warn): Contact[] | undefined {
  if (value === undefined || value === null) return undefined;
  const chosen: Contact[] = [];
  for (const part of String(value).split(',')) {
    const id = part.trim().toLowerCase();
    if (id === '') continue;
    const contact = contactById.get(id);
    if (!contact) {
      warn(`${attribute} contains ${JSON.stringify(id)}, which is not one of ${CONTACT_IDS.join(', ')}; it is skipped.`);
    } else if (!chosen.includes(contact)) {
      chosen.push(contact);
    }
  }
  if (chosen.length > 0) return chosen;
  warn(`${attribute} names no known contact; showing Child Focus.`);
  return [contactById.get('childfocus')!];
}
