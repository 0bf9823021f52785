/**
 * The rules a verdict applies. Every problem and note names one: a part of the notice standard
 * this checker holds every page to, or an expectation the inspector asked for (`--expect-*`,
 * `--check-links`). The standard is the project's own; it does not claim what a law requires.
 */
import type { Problem, ProblemCode } from './problems.js';

export const RULES = {
  'notice-present': 'The standard: the page shows the report-banner notice (or, with --any-banner, a notice with the same links).',
  'notice-visible': 'The standard: a visitor sees the whole notice on the first screen without scrolling, uncovered, and it stays.',
  'notice-parts':
    "The standard: every part the banner shows (title, message, contacts and links, buttons, the age check's choices) is seen as the banner draws it: not hidden, emptied, transparent, cut off or covered, and with no words the page adds.",
  'notice-readable': 'The standard: its text is at least 12 px, contrasts 4.5:1 and looks as the banner draws it (WCAG 2.2 AA).',
  'notice-accessible': 'The standard: no serious or critical axe-core violation in the notice.',
  'notice-language': "The standard: the notice speaks the language of the page's text (or its declared language).",
  'notice-wording': 'The standard: its own words say that it is about people under 18 (a site may use its own wording).',
  'notice-contacts':
    'The standard: a link to the Child Focus reporting point (stopchildporno.be), a tel: link, and 1712 unless --expect-contacts names the agreed services; no link elsewhere.',
  'expect-contacts': 'Asked by the inspector (--expect-contacts): exactly the agreed services.',
  'expect-language': 'Asked by the inspector (--expect-language): the agreed language.',
  'check-links': 'Asked by the inspector (--check-links): every web link of the notice answers.',
  click: 'Asked by the inspector (--click): these are clicked before judging.',
  'page-checked': 'A page is judged only once it has loaded; otherwise nothing is said about it.',
} as const;

export type RuleId = keyof typeof RULES;

/** The rule behind each code; `wrong-language` also comes from `--expect-language` (set where it is made). */
const RULE_OF: Record<ProblemCode, RuleId> = {
  'banner-missing': 'notice-present',
  'banner-not-rendered': 'notice-present',
  'banner-hidden': 'notice-visible',
  'banner-transparent': 'notice-visible',
  'banner-off-screen': 'notice-visible',
  'banner-clipped': 'notice-visible',
  'banner-covered': 'notice-visible',
  'banner-not-persistent': 'notice-visible',
  'part-hidden': 'notice-parts',
  'part-covered': 'notice-parts',
  'part-text-added': 'notice-parts',
  'text-unreadable': 'notice-readable',
  'banner-altered': 'notice-readable',
  'text-too-small': 'notice-readable',
  'low-contrast': 'notice-readable',
  'wrong-language': 'notice-language',
  'notice-text-missing': 'notice-wording',
  'custom-wording': 'notice-wording',
  'contact-report-missing': 'notice-contacts',
  'contact-1712-missing': 'notice-contacts',
  'contact-phone-missing': 'notice-contacts',
  'report-diverted': 'notice-contacts',
  'contacts-unexpected': 'expect-contacts',
  'link-broken': 'check-links',
  'a11y-violation': 'notice-accessible',
  'page-timeout': 'page-checked',
  'page-unreachable': 'page-checked',
  'page-http-error': 'page-checked',
  interrupted: 'page-checked',
  'gate-before-notice': 'notice-visible',
  'notice-on-age-check': 'notice-present',
  'other-banners': 'notice-present',
  'click-target-missing': 'click',
};

/** Codes that are facts for the reader, never a failure. */
const NOTE_CODES: readonly ProblemCode[] = ['gate-before-notice', 'notice-on-age-check', 'other-banners', 'click-target-missing', 'custom-wording'];

/** The same findings, each naming its rule (`rule` first after the code, as a reader scans them). */
export function withRules(findings: readonly Problem[]): Problem[] {
  return findings.map(({ code, rule, ...rest }) => ({ code, rule: rule ?? RULE_OF[code], ...rest }));
}

/** Findings split into what fails a page and what is only noted. */
export function splitNotes(findings: readonly Problem[]): { problems: Problem[]; notes: Problem[] } {
  return {
    problems: findings.filter((finding) => !NOTE_CODES.includes(finding.code)),
    notes: findings.filter((finding) => NOTE_CODES.includes(finding.code)),
  };
}
