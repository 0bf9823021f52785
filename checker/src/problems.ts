/**
 * The problem codes the checker reports. Codes are stable: scripts of regulators and NGOs match
 * on them, so a code is never renamed or reused for another meaning (the README lists them all).
 */
import type { RuleId } from './rules.js';

export const PROBLEMS = {
  'banner-missing': 'No <report-banner> (or, with --any-banner, no notice with the required links) on the page.',
  'banner-not-rendered': 'A <report-banner> element is present but shows nothing (script not loaded, or closed).',
  'banner-hidden': 'The banner is hidden with CSS (display:none, visibility:hidden or no size).',
  'banner-transparent': 'The banner is fully transparent (opacity 0).',
  'banner-off-screen': 'The banner is not in the viewport after load without scrolling.',
  'banner-clipped': 'Part of the banner text or links is cut off by the viewport edge or an overflow clip.',
  'banner-covered': 'Another element lies on top of the banner text or links.',
  'banner-not-persistent': 'The banner was seen at first but was gone, hidden or covered when looked at again a few seconds later or after a scroll.',
  'part-hidden': "A part of the notice that the banner shows (its title, message, contacts, a link, a button, a choice of the age check) is hidden, has no size, is transparent or is cut off by the page's styles.",
  'part-covered': 'Another element lies on top of a part of the notice (its title, message, contacts, a link, a button, a choice of the age check).',
  'part-text-added': "The page's styles add words to a part of the notice (CSS content before or after it).",
  'text-unreadable': 'Measured from the screenshot, some banner text hardly stands out from its background (filter, blend mode or a layer painted over it).',
  'banner-altered': 'The banner on the page looks different from the same banner drawn alone on a blank page (a filter, a blend mode or a layer painted over it).',
  'text-too-small': 'Some banner text is rendered smaller than 12 px.',
  'low-contrast': 'Some banner text has a contrast ratio below 4.5:1 with its background.',
  'wrong-language': 'The banner speaks another language than the page\'s text (or, for a page with little text, its declared language; or the agreed one).',
  'notice-text-missing': "The notice's own words (a static notice's with --any-banner, or the site's own title and message) do not say that it is about people under 18.",
  'contact-report-missing': 'No link to the Child Focus reporting point (stopchildporno.be).',
  'contact-1712-missing': 'No link to 1712 (1712.be or tel:1712).',
  'contact-phone-missing': 'No tel: link.',
  'report-diverted': 'A link of the banner leads to a domain of none of the listed services (data-report-url sends reports elsewhere).',
  'contacts-unexpected': 'With --expect-contacts: the banner does not show exactly the agreed services.',
  'link-broken': 'A link of the banner answers with an error status or does not answer (only with --check-links).',
  'a11y-violation': 'axe-core finds a serious or critical accessibility violation in the banner.',
  'page-timeout': 'The page did not load within the timeout; it was not checked.',
  'page-unreachable': 'The page could not be fetched (DNS, connection or TLS error); it was not checked.',
  'page-http-error': 'The page answered with an HTTP error status; it was not checked.',
  interrupted: 'The run was stopped (Ctrl-C or SIGTERM) before this page was checked; says nothing about the site.',
  // Notes: facts for the reader that do not make a page non-compliant.
  'gate-before-notice': "Note: the site's own age gate, consent wall or dialog hides the notice on the first screen; the page was judged after it.",
  'notice-on-age-check': "Note: the notice is on report-banner's own age-check entry, which every visitor answers before entering; it was judged there.",
  'other-banners': 'Note: several banners on the page; the best one was judged.',
  'click-target-missing': 'Note: a --click selector matched nothing.',
  'custom-wording': "Note: the title or message is the site's own wording, not one of the banner's translations; it was judged on what a notice must carry.",
} as const;

export type ProblemCode = keyof typeof PROBLEMS;

/** Codes meaning the page was not checked at all: they make the run exit with status 2. */
export const LOAD_PROBLEMS: readonly ProblemCode[] = ['page-timeout', 'page-unreachable', 'page-http-error', 'interrupted'];

export interface Problem {
  code: ProblemCode;
  /** The rule applied (rules.ts); set for every problem and note of a result. */
  rule?: RuleId;
  message: string;
  /** The viewports where it was seen, for problems that depend on layout. */
  viewports?: string[];
}
