/**
 * What the notice says, as plain data: the texts for an audience, and each contact's name, note
 * and links. Every claim about a service is composed here from the facts in the registry and the
 * translated templates in locales/, so a claim without its fact cannot be shown.
 */
import type { TFunction } from 'i18next';
import type { Channel, Claim, Contact, Fact } from './contacts.js';
import { LANGUAGES, type Language } from './language.js';
import type { Audience } from './audience.js';
import type { Warn } from '../host/warn.js';
import type { Wording } from './events.js';

export interface NoticeLink {
  /** The contact id, or `report-url` for the operator's own form. */
  contact: string;
  channel: Channel['kind'];
  href: string;
  label: string;
  /** The operator's own form (`data-report-url`): no promise is made about it. */
  custom?: true;
}

export interface ContactText {
  name: string;
  /** Sentences composed from the contact's facts; empty when there is nothing to say. */
  note: string;
  /** "In Dutch or French.", when the service is not given in the reader's language; else empty. */
  languages: string;
  links: NoticeLink[];
}

/** The claims a note states, in the order it states them, for the whole service or one channel. */
const NOTE_CLAIMS: readonly Claim[] = [
  'free',
  'always-open',
  'anonymous',
  'off-bill',
  'for-young',
  'violence-abuse',
  'sexual-violence',
  'own-feelings',
  'trafficking',
  'emergency',
  'not-reporting-point',
];

const factsOf = (contact: Contact, claim: Claim): Fact[] => contact.facts.filter((fact) => fact.claim === claim);
const has = (contact: Contact, claim: Claim, on?: Fact['on']) =>
  factsOf(contact, claim).some((fact) => fact.on === on);

/** The note's phrases for the facts that hold on `on` (the whole service when undefined). */
const phrasesOn = (contact: Contact, t: TFunction, on: Fact['on']): string[] =>
  NOTE_CLAIMS.filter((claim) => has(contact, claim, on)).map((claim) => t(`note.${claim}`));

const sentence = (text: string, language: Language) => `${text.charAt(0).toLocaleUpperCase(language)}${text.slice(1)}.`;

/**
 * "Free, anonymous, for any question about violence or abuse. 1712: not on the phone bill." What
 * holds for the whole service comes first; what holds for the phone only is said of its number, so
 * it never reads as said of a chat link below it; an anonymous chat is said last. The anonymity of
 * a reporting point belongs to its link.
 */
export function noteOf(contact: Contact, t: TFunction, language: Language): string {
  const sentences: string[] = [];
  const whole = phrasesOn(contact, t, undefined);
  if (whole.length > 0) sentences.push(sentence(whole.join(', '), language));
  const phone = phrasesOn(contact, t, 'phone');
  const number = contact.channels.find((channel) => channel.kind === 'phone');
  if (phone.length > 0 && number?.kind === 'phone') {
    sentences.push(`${t('note.on', { channel: number.number, facts: phone.join(', ') })}.`);
  }
  if (has(contact, 'anonymous', 'chat')) sentences.push(sentence(t('note.anonymousChat'), language));
  return sentences.join(' ');
}

/** "In Dutch or French.": the languages a service is given in, when the reader's is not one of them. */
export function languageNoteOf(contact: Contact, t: TFunction, language: Language): string {
  const served = factsOf(contact, 'languages')[0]?.languages;
  return served && !served.includes(language) ? t('note.in', { languages: languageList(served, t) }) : '';
}

/**
 * "Dutch or French", in the reader's language, from the locale: `Intl.DisplayNames` and
 * `Intl.ListFormat` load their data on first use, which cost the first render tens of
 * milliseconds on a phone.
 */
function languageList(codes: readonly Language[], t: TFunction): string {
  const names = codes.map((code) => t(`languageNames.${code}`));
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} ${t('or')} ${names[names.length - 1]}` : names.join('');
}

/** Names that are a number (1712, 103 Écoute-Enfants) take an article in French: "Site du 1712". */
const context = (contact: Contact) => (/^\d/.test(contact.name) ? 'number' : undefined);

/** The service's name in the reader's language, where it has one per language. */
export const nameOf = (contact: Contact, language: Language): string => contact.names?.[language] ?? contact.name;

function labelOf(contact: Contact, channel: Channel, t: TFunction, language: Language): string {
  const name = nameOf(contact, language);
  if (channel.kind === 'phone') {
    const number = channel.number;
    if (channel.whom) return t(`channel.${channel.whom}`, { number });
    // "Call 1712: 1712" would say the number twice.
    return t(name.startsWith(channel.number) ? 'channel.call' : 'channel.phone', { name, number });
  }
  if (channel.kind === 'report') {
    const label = t('channel.report', { name });
    return has(contact, 'anonymous', 'report') ? `${label} (${t('note.anonymousReport')})` : label;
  }
  // A service for people worried about their own feelings says so in its link, folded without its note.
  if (has(contact, 'own-feelings')) return t('channel.stop', { name });
  const chat = has(contact, 'chat');
  const key = chat && has(contact, 'email') ? 'chatMail' : chat ? 'chat' : 'site';
  return t(`channel.${key}`, { name, context: context(contact) });
}

/** A contact as the visitor reads it: name, note, and a self-explaining label on each link. */
export function contactText(contact: Contact, t: TFunction, language: Language): ContactText {
  let texts = composed.get(t);
  if (!texts) composed.set(t, (texts = new WeakMap()));
  let text = texts.get(contact);
  if (!text) texts.set(contact, (text = compose(contact, t, language)));
  return text;
}

/**
 * Each contact's text once per translator (`t` is fixed to one language): a render, say when the
 * visitor unfolds the notice, does not compose it again.
 */
const composed = new WeakMap<TFunction, WeakMap<Contact, ContactText>>();

function compose(contact: Contact, t: TFunction, language: Language): ContactText {
  return {
    name: nameOf(contact, language),
    note: noteOf(contact, t, language),
    languages: languageNoteOf(contact, t, language),
    links: channelsIn(contact, language).map((channel) => linkOf(contact, channel, t, language)),
  };
}

/** A contact's channels offered in `language` (a line in other languages only is left out). */
export const channelsIn = (contact: Contact, language: Language): Channel[] =>
  contact.channels.filter((channel) => !('languages' in channel && channel.languages && !channel.languages.includes(language)));

/** One of a contact's links, labelled: what a folded notice shows before the rest is composed. */
export const linkOf = (contact: Contact, channel: Channel, t: TFunction, language: Language): NoticeLink => ({
  contact: contact.id,
  channel: channel.kind,
  href: channel.href,
  label: labelOf(contact, channel, t, language),
});

/**
 * The operator's own form, shown beside the official reporting point, never instead of it:
 * a report there reaches neither Child Focus nor the police unless the operator passes it on.
 */
export const customReportLink = (reportUrl: string, t: TFunction): NoticeLink => ({
  contact: 'report-url',
  channel: 'report',
  href: reportUrl,
  label: t('channel.reportCustom', { host: new URL(reportUrl).hostname }),
  custom: true,
});

/**
 * The lines under the message. A witness also reads what the law punishes (and that seeing such
 * images by accident is not punishable); a witness and a client, a line for the young person who
 * may be the one advertised, and where to call in immediate danger.
 */
export const linesOf = (audience: Audience, t: TFunction): string[] => LINES[audience].map((key) => t(`witness.${key}`));

const LINES: Readonly<Record<Audience, readonly string[]>> = {
  witness: ['law', 'accident', 'advertised', 'danger'],
  client: ['advertised', 'danger'],
  youth: [],
};

/** The operator's wording: the notice's title and message, a second wording of both per language to compare, and the age-check entry's. */
export type TextKind = 'title' | 'message' | 'title-b' | 'message-b' | 'age-title' | 'age-message';
export type CustomTexts = Partial<Record<`${TextKind}-${Language | 'all'}`, string>>;

/**
 * The operator's wording for the language on screen. Wording for one language (`data-title-fr`)
 * is shown in that language only. Generic wording (`data-title`) is taken to be in the language
 * `data-lang` names, and is used only then: with `auto` its language is unknown, and showing it
 * could put Dutch above French.
 */
export function customText(
  texts: CustomTexts,
  kind: TextKind,
  language: Language,
  requested: Language | 'auto',
): string | undefined {
  return texts[`${kind}-${language}`] ?? (requested === language ? texts[`${kind}-all`] : undefined);
}

/**
 * Warns when the operator's wording cannot be shown as given (generic wording with
 * `data-lang="auto"`). Wording missing for a language the banner can show (which then shows the
 * default text there) may well be the NGO's choice: that is `advise`d, for check mode only.
 */
export function checkCustomTexts(
  texts: CustomTexts,
  requested: Language | 'auto',
  offered: readonly Language[],
  warn: Warn,
  advise: Warn,
  /** With `auto`, the language it resolved to on this page: with the switch's, all that can show. */
  resolved?: Language,
): void {
  const starting = requested === 'auto' ? resolved : requested;
  const shown = starting ? [...new Set([starting, ...offered])] : LANGUAGES;
  for (const kind of ['title', 'message'] as const) {
    const attribute = `data-${kind}`;
    if (texts[`${kind}-all`] && requested === 'auto') {
      warn(`${attribute} is not shown with data-lang="auto"; use ${attribute}-nl, -fr, -de or -en.`);
    }
    const missing = shown.filter((language) => !customText(texts, kind, language, requested));
    if (missing.length > 0 && missing.length < shown.length) {
      advise(`${attribute} is missing for ${missing.join(', ')}; the default shows there.`);
    }
  }
}

/**
 * The wording a page view shows: `b` when it drew the second and one is given for the language
 * on screen (a title, a message or both), else `a`. Drawn once per page view and never stored, so
 * no visitor is followed from one page to the next.
 */
export const wordingShown = (drawnB: boolean, texts: CustomTexts, language: Language, requested: Language | 'auto'): Wording =>
  drawnB && (customText(texts, 'title-b', language, requested) ?? customText(texts, 'message-b', language, requested)) ? 'b' : 'a';
