/**
 * The problem codes the checker reports. Codes are stable: scripts of regulators and NGOs match
 * on them, so a code is never renamed or reused for another meaning (the README lists them all).
 */
export const PROBLEMS = {
  'banner-missing': 'No <report-banner> (or, with --any-banner, no notice with the required links) on the page.',
  'banner-not-rendered': 'A <report-banner> element is present but shows nothing (script not loaded, or closed).',
  'banner-hidden': 'The banner is hidden with CSS (display:none, visibility:hidden or no size).',
  'banner-transparent': 'The banner is fully transparent (opacity 0).',
  'banner-off-screen': 'The banner is not in the viewport after load without scrolling.',
  'banner-clipped': 'Part of the banner text or links is cut off by the viewport edge or an overflow clip.',
  'banner-covered': 'Another element lies on top of the banner text or links.',
  'text-too-small': 'Some banner text is rendered smaller than 12 px.',
  'low-contrast': 'Some banner text has a contrast ratio below 4.5:1 with its background.',
  'wrong-language': 'The banner speaks another language than the page declares in <html lang>.',
  'contact-report-missing': 'No link to the Child Focus reporting point (stopchildporno.be) or site (childfocus.be).',
  'contact-1712-missing': 'No link to 1712 (1712.be or tel:1712).',
  'contact-phone-missing': 'No tel: link.',
  'link-broken': 'A link of the banner answers with an error status or does not answer (only with --check-links).',
  'a11y-violation': 'axe-core finds a serious or critical accessibility violation in the banner.',
  'page-timeout': 'The page did not load within the timeout; it was not checked.',
  'page-unreachable': 'The page could not be fetched (DNS, connection or TLS error); it was not checked.',
  'page-http-error': 'The page answered with an HTTP error status; it was not checked.',
} as const;

export type ProblemCode = keyof typeof PROBLEMS;

/** Codes meaning the page was not checked at all: they make the run exit with status 2. */
export const LOAD_PROBLEMS: readonly ProblemCode[] = ['page-timeout', 'page-unreachable', 'page-http-error'];

export interface Problem {
  code: ProblemCode;
  message: string;
  /** The viewports where it was seen, for problems that depend on layout. */
  viewports?: string[];
}
