/** What a compliant notice must offer, taken from the contact registry and WCAG 2 AA. */
import { CONTACTS } from 'report-banner/facts';
import type { ProbeOptions } from './probe.js';

export const MIN_FONT_PX = 12;
export const MIN_CONTRAST = 4.5;
/** Share of a text's area that must be on screen and unclipped; the rest allows for rounding. */
export const MIN_VISIBLE_SHARE = 0.9;

const channelsOf = (id: string) => CONTACTS.find((contact) => contact.id === id)?.channels ?? [];
const hostsOf = (id: string, kind?: 'report') =>
  channelsOf(id)
    .filter((channel) => channel.kind !== 'phone' && (!kind || channel.kind === kind))
    .map((channel) => new URL(channel.href).hostname.replace(/^www\./, ''));
const phonesOf = (id: string) =>
  channelsOf(id)
    .filter((channel) => channel.kind === 'phone')
    .map((channel) => channel.href.slice('tel:'.length));

/** Pixel-measured contrast below this means a visitor hardly sees the text; anti-aliasing keeps it lower than the computed ratio. */
export const MIN_MEASURED_CONTRAST = 3;
/**
 * Share of the banner's text pixels that may differ from the same banner drawn alone before
 * something is taken to paint over or alter it. A clean page differs by (nearly) nothing; a blur
 * or a veil changes most of them.
 */
export const MAX_REFERENCE_DIFFERENCE = 0.2;
/** A scroll area of the banner shorter than this share of the viewport is a peephole: what it holds counts as hidden. */
export const MIN_SCROLL_AREA_SHARE = 0.25;
/**
 * What a notice's own words must say, in any of the banner's languages: that it is about people
 * under 18 (minors). The age of sexual consent is 16, so words for "child" alone leave 16 and 17
 * open. Held against a static notice's text and a site's own title and message; the banner's
 * translations all say it.
 */
export const UNDER_18 =
  /(minderjarig|mineur|minderjährig|\bminors?\b|\bunderage\b|\b(jonger dan|onder de|moins de|unter|under|younger than)\s+18\b)/iu;

/** The reporting point itself (a report sent elsewhere is not a report to Child Focus); 1712's site and number. */
export const CONTACT_RULES: Omit<ProbeOptions, 'anyBanner'> = {
  reportHosts: hostsOf('childfocus', 'report'),
  helplineHosts: hostsOf('1712'),
  helplinePhones: phonesOf('1712'),
};

/** Every web host and number of every listed service: a banner link elsewhere is the site's own. */
export const KNOWN_HOSTS = CONTACTS.flatMap((contact) => hostsOf(contact.id));
export const KNOWN_PHONES = CONTACTS.flatMap((contact) => phonesOf(contact.id));

/** Which listed services a set of links reaches, by href. */
export function contactsReached(hrefs: readonly string[]): string[] {
  return CONTACTS.filter((contact) =>
    hrefs.some((href) => {
      try {
        const url = new URL(href);
        if (url.protocol === 'tel:') return phonesOf(contact.id).includes(url.pathname.replace(/[\s.\-()]/g, ''));
        const host = url.hostname.toLowerCase().replace(/^www\./, '');
        return hostsOf(contact.id).includes(host);
      } catch {
        return false;
      }
    }),
  ).map((contact) => contact.id);
}
