/**
 * The contact registry: every service the banner can name, with the source of each fact.
 * Nothing is shown that is not here, and nothing is here without a source. Opening hours are
 * left out on purpose wherever no current source states them.
 */
import type { Audience, Warn } from './options.js';

/** A way to reach a service. Phones are dialled with `tel:`, everything else is `https:`. */
export type Channel =
  | {
      kind: 'phone';
      /** The number as people write it, e.g. `116 000`. */
      number: string;
      href: `tel:${string}`;
      /** Whom the call reaches when that is not the service itself (an i18n key under `whom`). */
      whom?: 'emergency' | 'police';
    }
  | { kind: 'report' | 'site'; href: `https://${string}` };

export interface Contact {
  id: string;
  /** The service's own name; the same in every language. */
  name: string;
  /** Who the service is for; decides which audience it suits best. */
  audiences: readonly Audience[];
  channels: readonly Channel[];
  /** Where the facts above were read. */
  source: readonly string[];
  /** The day the facts were last checked against `source` (ISO 8601). */
  verified: string;
}

const CHECKED = '2026-11-28';

export const CONTACTS = [
  {
    id: 'childfocus',
    name: 'Child Focus',
    audiences: ['witness', 'youth'],
    channels: [
      { kind: 'phone', number: '116 000', href: 'tel:116000' },
      { kind: 'report', href: 'https://www.stopchildporno.be/' },
      { kind: 'site', href: 'https://childfocus.be/' },
    ],
    source: [
      'https://childfocus.be/nl/seksuele-uitbuiting/kinderprostitutie (116 000: free, 24/7)',
      'https://www.stopchildporno.be/ (civil reporting point, anonymous reports possible)',
      'Belgian Safer Internet Centre page on betterinternetforkids.eu',
    ],
    verified: CHECKED,
  },
  {
    id: '1712',
    name: '1712',
    audiences: ['witness', 'youth'],
    channels: [
      { kind: 'phone', number: '1712', href: 'tel:1712' },
      { kind: 'site', href: 'https://1712.be/' },
    ],
    source: ['https://1712.be/ "over 1712" (free, anonymous; chat and e-mail on the site; not an emergency number)'],
    verified: CHECKED,
  },
  {
    id: '103',
    name: '103 Écoute-Enfants',
    audiences: ['youth'],
    channels: [
      { kind: 'phone', number: '103', href: 'tel:103' },
      { kind: 'site', href: 'https://103ecoute.be/' },
    ],
    source: ['https://103ecoute.be/ (free, anonymous line for children and teenagers; Wallonia–Brussels Federation)'],
    verified: CHECKED,
  },
  {
    id: 'awel',
    name: 'Awel',
    audiences: ['youth'],
    // The website address is not confirmed by a current source, so only the number is shown.
    channels: [{ kind: 'phone', number: '102', href: 'tel:102' }],
    source: ['Awel 102: free, anonymous line for children and young people (phone, chat, mail)'],
    verified: CHECKED,
  },
  {
    id: 'sosviol',
    name: 'SOS Viol',
    audiences: ['youth'],
    channels: [
      { kind: 'phone', number: '0800 98 100', href: 'tel:080098100' },
      { kind: 'site', href: 'https://sosviol.be/' },
    ],
    source: ['https://sosviol.be/ (sexual violence; free, anonymous; adults and minors from 15)'],
    verified: CHECKED,
  },
  {
    id: 'stopitnow',
    name: 'Stop it Now!',
    audiences: ['witness'],
    // No current source confirms a phone number.
    channels: [{ kind: 'site', href: 'https://stopitnow.be/' }],
    source: ['https://stopitnow.be/ (help for people worried about their sexual feelings towards minors)'],
    verified: CHECKED,
  },
  {
    id: 'emergency',
    name: '112 / 101',
    audiences: ['witness', 'youth'],
    channels: [
      { kind: 'phone', number: '112', href: 'tel:112', whom: 'emergency' },
      { kind: 'phone', number: '101', href: 'tel:101', whom: 'police' },
    ],
    source: ['Belgian emergency numbers: 112 (emergency), 101 (police); 1712.be names them for emergencies'],
    verified: CHECKED,
  },
] as const satisfies readonly Contact[];

export type ContactId = (typeof CONTACTS)[number]['id'];
export const CONTACT_IDS: readonly ContactId[] = CONTACTS.map((contact) => contact.id);
export const DEFAULT_CONTACTS: readonly ContactId[] = ['childfocus', '1712'];

const byId = new Map<string, Contact>(CONTACTS.map((contact) => [contact.id, contact]));

/**
 * The contacts named in `data-contacts`, in that order. Unknown ids are reported and skipped;
 * when nothing valid is left, Child Focus is shown so the notice always names a way to report.
 */
export function chooseContacts(attribute: string, value: unknown, warn: Warn): Contact[] {
  if (value === undefined || value === null) return DEFAULT_CONTACTS.map((id) => byId.get(id)!);
  const chosen: Contact[] = [];
  for (const part of String(value).split(',')) {
    const id = part.trim().toLowerCase();
    if (id === '') continue;
    const contact = byId.get(id);
    if (!contact) {
      warn(`${attribute} contains ${JSON.stringify(id)}, which is not one of ${CONTACT_IDS.join(', ')}; it is skipped.`);
    } else if (!chosen.includes(contact)) {
      chosen.push(contact);
    }
  }
  if (chosen.length > 0) return chosen;
  warn(`${attribute} names no known contact; showing Child Focus.`);
  return [byId.get('childfocus')!];
}
