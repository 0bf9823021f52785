/** What a compliant notice must offer, taken from the contact registry and WCAG 2 AA. */
import { CONTACTS } from '../../src/contacts.js';
import type { ProbeOptions } from './probe.js';

export const MIN_FONT_PX = 12;
export const MIN_CONTRAST = 4.5;
/** Share of a text's area that must be on screen and unclipped; the rest allows for rounding. */
export const MIN_VISIBLE_SHARE = 0.9;

const channelsOf = (id: string) => CONTACTS.find((contact) => contact.id === id)?.channels ?? [];
const hostsOf = (id: string) =>
  channelsOf(id)
    .filter((channel) => channel.kind !== 'phone')
    .map((channel) => new URL(channel.href).hostname.replace(/^www\./, ''));
const phonesOf = (id: string) =>
  channelsOf(id)
    .filter((channel) => channel.kind === 'phone')
    .map((channel) => channel.href.slice('tel:'.length));

/** Child Focus's reporting point and site; 1712's site and number. */
export const CONTACT_RULES: Omit<ProbeOptions, 'anyBanner'> = {
  reportHosts: hostsOf('childfocus'),
  helplineHosts: hostsOf('1712'),
  helplinePhones: phonesOf('1712'),
};
