/** Turns what was measured in a page into problems with stable codes. Pure, so it is unit-tested. */
import { toLanguage } from 'report-banner/facts';
import { contrastRatio } from './colour.js';
import type { BannerProbe, PartProbe, ProbeResult, TextSample } from './probe.js';
import { PROBLEMS, type Problem, type ProblemCode } from './problems.js';
import type { ReferenceComparison } from './reference.js';
import {
  CONTACT_RULES,
  KNOWN_HOSTS,
  KNOWN_PHONES,
  MAX_REFERENCE_DIFFERENCE,
  MIN_CONTRAST,
  MIN_FONT_PX,
  MIN_MEASURED_CONTRAST,
  MIN_SCROLL_AREA_SHARE,
  MIN_VISIBLE_SHARE,
  UNDER_18,
  contactsReached,
} from './requirements.js';
import { isOwnWording } from './wording.js';

export interface ViewportProbe {
  /** `desktop` or `mobile`. */
  name: string;
  probe: ProbeResult;
  /** The language of the page's visible text, when it clearly is one of the banner's. */
  textLanguage?: string;
  /** When the banner was seen at first and then no longer: how it was looked at again. */
  lost?: string;
  /** The banner against the same banner drawn alone. */
  reference?: ReferenceComparison;
}

/** What was agreed with the site (`--expect-*`), when known. */
export interface Expectations {
  /** Contact ids the banner must show, no more and no fewer. */
  expectContacts?: readonly string[];
  /** The language the banner must speak. */
  expectLanguage?: string;
}

type Finding = Omit<Problem, 'viewports'>;

/** What follows report-banner's own age-check entry once the checker answered it as an adult. */
export interface AgeCheckEvidence {
  /** The adult's choice as it reads on the gate. */
  adult: string;
  /** The regular bar in sight, the bar out of sight, or no notice at all (`data-then="none"`). */
  afterEntry: 'bar' | 'bar-out-of-sight' | 'none';
}

/** The note for a notice judged on report-banner's age-check entry. */
export function ageCheckNote(ageCheck: AgeCheckEvidence | undefined): string {
  const judged = "The notice is on report-banner's age-check entry, the gate every visitor answers before entering the site, and was judged there.";
  if (!ageCheck) return judged;
  const after = `After ${JSON.stringify(ageCheck.adult)}`;
  const follows = {
    bar: `${after} it stays on the page as a bar.`,
    'bar-out-of-sight': `${after} a bar follows, but a visitor does not see it.`,
    none: `${after} no notice stays on the page (data-then="none").`,
  }[ageCheck.afterEntry];
  return `${judged} ${follows}`;
}

const quote = (sample: TextSample) => JSON.stringify(sample.text);
const list = (samples: TextSample[], describe: (sample: TextSample) => string) =>
  samples.slice(0, 3).map(describe).join('; ') + (samples.length > 3 ? `; and ${samples.length - 3} more` : '');

function hostMatches(href: string, hosts: readonly string[], phones: readonly string[]): boolean {
  try {
    const url = new URL(href);
    if (url.protocol === 'tel:') return phones.includes(url.pathname.replace(/[\s.\-()]/g, ''));
    const host = url.hostname.toLowerCase();
    return hosts.some((wanted) => host === wanted || host.endsWith(`.${wanted}`));
  } catch {
    return false;
  }
}

/** With `expectContacts` the inspector names the services agreed with the site: 1712 is then not required by default. */
export function contactFindings(links: BannerProbe['links'], expectContacts?: readonly string[]): Finding[] {
  const hrefs = links.map((link) => link.href);
  const findings: Finding[] = [];
  const { reportHosts, helplineHosts, helplinePhones } = CONTACT_RULES;
  if (!hrefs.some((href) => hostMatches(href, reportHosts, []))) {
    findings.push({ code: 'contact-report-missing', message: `No link to ${reportHosts.join(' or ')}.` });
  }
  if (!expectContacts && !hrefs.some((href) => hostMatches(href, helplineHosts, helplinePhones))) {
    const targets = [...helplineHosts, ...helplinePhones.map((phone) => `tel:${phone}`)];
    findings.push({ code: 'contact-1712-missing', message: `No link to ${targets.join(' or ')}.` });
  }
  if (!hrefs.some((href) => href.startsWith('tel:'))) {
    findings.push({ code: 'contact-phone-missing', message: 'No tel: link to call a helpline.' });
  }
  const foreign = [
    ...new Set(
      hrefs.filter((href) => /^https?:/i.test(href) && !hostMatches(href, KNOWN_HOSTS, KNOWN_PHONES)).map((href) => new URL(href).hostname),
    ),
  ];
  if (foreign.length > 0) {
    findings.push({
      code: 'report-diverted',
      message: `The banner links to ${foreign.join(', ')}, which is none of the listed services: reports may go to the site instead of Child Focus.`,
    });
  }
  return findings;
}

const shorten = (text: string) => JSON.stringify(text.length > 100 ? `${text.slice(0, 97)}...` : text);

/**
 * The notice's own words must say it is about people under 18 (`UNDER_18`). A site's own title
 * and message are judged on that, not on matching a translation: they only get the
 * `custom-wording` note. The links are judged by the contact rule.
 */
function wordingFindings(banner: BannerProbe): Finding[] {
  if (banner.kind === 'static') {
    const linkText = banner.links.map((link) => link.text).join(' ');
    let own = banner.text;
    for (const link of banner.links) own = own.replace(link.text, ' ');
    if (!UNDER_18.test(own)) {
      return [
        {
          code: 'notice-text-missing',
          message: `The notice holds the links (${JSON.stringify(linkText.slice(0, 80))}) but its own words do not say that it is about people under 18.`,
        },
      ];
    }
    return [];
  }
  const custom = [banner.title, banner.message].filter((text): text is string => text !== null && text !== '' && !isOwnWording(text));
  if (custom.length === 0) return [];
  const words = [banner.title, banner.message].filter(Boolean).join(' ');
  const findings: Finding[] = [
    {
      code: 'custom-wording',
      message: `The site uses its own wording, ${custom.map(shorten).join(' / ')}, judged on what a notice must say: ${UNDER_18.test(words) ? 'it says that it is about people under 18' : 'it does not say that it is about people under 18'}.`,
    },
  ];
  if (!UNDER_18.test(words)) {
    findings.push({
      code: 'notice-text-missing',
      message: `The site's own title and message (${custom.map(shorten).join(' / ')}) do not say that the notice is about people under 18.`,
    });
  }
  return findings;
}

/** What covers the banner in words a visitor sees, not as a selector (that stays in the evidence). */
function coverings(covered: TextSample[]): string {
  const byCover = new Map<string, TextSample[]>();
  for (const sample of covered) {
    const cover = sample.coveredByText ? `a part reading ${JSON.stringify(sample.coveredByText)}` : 'a layer without text';
    byCover.set(cover, [...(byCover.get(cover) ?? []), sample]);
  }
  return [...byCover].map(([cover, samples]) => `${cover} covers ${list(samples, quote)}`).join('; ');
}

function layoutFindings(banner: BannerProbe, viewport: ProbeResult['viewport']): Finding[] {
  if (banner.hidden) {
    return [{ code: 'banner-hidden', message: "The banner is on the page but the page's styles hide it: a visitor sees nothing of it." }];
  }
  if (banner.opacity < 0.01) return [{ code: 'banner-transparent', message: 'The banner is fully transparent: a visitor sees nothing of it.' }];
  const findings: Finding[] = [];
  const { samples } = banner;
  if (samples.length === 0 || samples.every((sample) => sample.inViewport === 0)) {
    const { y, height } = banner.rect;
    const where = y >= viewport.height ? `${y} px from the top` : y + height <= 0 ? 'above the top' : 'outside the width';
    findings.push({
      code: 'banner-off-screen',
      message: `The banner is ${where}, outside the ${viewport.width}×${viewport.height} viewport; a visitor must scroll to see it.`,
    });
  } else {
    const squeezed = samples.filter(
      (sample) => sample.inBannerScroll && (sample.scrollAreaHeight ?? 0) < viewport.height * MIN_SCROLL_AREA_SHARE,
    );
    const clipped = samples.filter((sample) => sample.visible < MIN_VISIBLE_SHARE || squeezed.includes(sample));
    if (clipped.length > 0) {
      findings.push({
        code: 'banner-clipped',
        message: `Text cut off or outside the viewport: ${list(clipped, (s) =>
          squeezed.includes(s)
            ? `${quote(s)} (only inside a scroll area ${s.scrollAreaHeight ?? 0} px high)`
            : `${quote(s)} (${Math.round(s.visible * 100)}% visible)`,
        )}.`,
      });
    }
    const covered = samples.filter((sample) => sample.coveredBy);
    if (covered.length > 0) {
      findings.push({
        code: 'banner-covered',
        message: `Something else on the page lies on top of the banner: ${coverings(covered)}.`,
      });
    }
  }
  const small = samples.filter((sample) => sample.fontSize < MIN_FONT_PX);
  if (small.length > 0) {
    findings.push({
      code: 'text-too-small',
      message: `Text under ${MIN_FONT_PX} px: ${list(small, (s) => `${quote(s)} at ${s.fontSize} px`)}.`,
    });
  }
  const faint = samples
    .map((sample) => ({ sample, ratio: contrastRatio(sample.color, sample.backgrounds, banner.opacity) }))
    .filter(({ ratio }) => ratio < MIN_CONTRAST);
  if (faint.length > 0) {
    const images = faint.some(({ sample }) => sample.backgroundImage) ? ' (over a background image: approximate)' : '';
    findings.push({
      code: 'low-contrast',
      message: `Contrast under ${MIN_CONTRAST}:1${images}: ${list(
        faint.map(({ sample }) => sample),
        (s) => `${quote(s)} at ${faint.find((f) => f.sample === s)!.ratio}:1`,
      )}.`,
    });
  }
  // Pixels catch what styles hide: filters, blend modes, layers that ignore the pointer.
  // A lone separator ("·") has too little ink to measure: only words and numbers are read from the pixels.
  const unseen = samples.filter(
    (sample) =>
      sample.measuredContrast !== undefined &&
      /[\p{L}\p{N}]/u.test(sample.text) &&
      sample.measuredContrast < MIN_MEASURED_CONTRAST &&
      !sample.coveredBy &&
      !faint.some(({ sample: known }) => known === sample),
  );
  if (unseen.length > 0) {
    findings.push({
      code: 'text-unreadable',
      message: `In the screenshot, text hardly stands out from its background (under ${MIN_MEASURED_CONTRAST}:1 measured from the pixels): ${list(
        unseen,
        (s) => `${quote(s)} at ${s.measuredContrast}:1`,
      )}. Something the page paints (a filter, a blend mode or a layer over the banner) hides it.`,
    });
  }
  return findings;
}

/** A part as a visitor would name it. */
function partName({ part, text }: PartProbe): string {
  const words = JSON.stringify(text);
  switch (part) {
    case 'banner':
      return 'the notice';
    case 'title':
    case 'message':
      return `the ${part}`;
    case 'contacts':
      return 'the list of contacts';
    case 'link':
      return `the link ${words}`;
    case 'adult':
    case 'minor':
      return `the age check's choice ${words}`;
    default:
      return `the button ${words}`;
  }
}

const HOW_HIDDEN: Record<NonNullable<PartProbe['hidden']>, string> = {
  hidden: 'hidden',
  'no-size': 'no size',
  transparent: 'transparent',
  'cut-off': 'cut off',
};

/** Parts the banner shows that the page hides, covers or adds words to (only judged when the banner itself is in sight). */
function partFindings(banner: BannerProbe): Finding[] {
  const parts = banner.parts ?? [];
  const findings: Finding[] = [];
  const hidden = parts.filter((part) => part.hidden);
  if (hidden.length > 0) {
    findings.push({
      code: 'part-hidden',
      message: `The banner shows these parts, but the page's styles keep them from a visitor: ${hidden.map((part) => `${partName(part)} (${HOW_HIDDEN[part.hidden!]})`).join('; ')}.`,
    });
  }
  const covered = parts.filter((part) => part.coveredBy);
  if (covered.length > 0) {
    const byCover = new Map<string, PartProbe[]>();
    for (const part of covered) {
      const cover = part.coveredByText ? `a part reading ${JSON.stringify(part.coveredByText)}` : 'a layer without text';
      byCover.set(cover, [...(byCover.get(cover) ?? []), part]);
    }
    findings.push({
      code: 'part-covered',
      message: `Something else on the page lies on top of parts of the notice: ${[...byCover].map(([cover, under]) => `${cover} covers ${under.map(partName).join(', ')}`).join('; ')}.`,
    });
  }
  const added = parts.filter((part) => part.added);
  if (added.length > 0) {
    findings.push({
      code: 'part-text-added',
      message: `The page's styles add words the banner does not say: ${added.map((part) => `${JSON.stringify(part.added)} to ${partName(part)}`).join('; ')}.`,
    });
  }
  return findings;
}

const LANGUAGE_NAMES: Record<string, string> = { nl: 'Dutch', fr: 'French', de: 'German', en: 'English' };
const named = (language: string | null | undefined) => (language ? (LANGUAGE_NAMES[language] ?? language) : 'no declared language');

function languageFindings(probe: ProbeResult, banner: BannerProbe, textLanguage?: string): Finding[] {
  const spoken = toLanguage(banner.language);
  // What visitors read wins over what the markup declares.
  if (textLanguage) {
    if (spoken === textLanguage) return [];
    return [
      {
        code: 'wrong-language',
        message: `The page's text is in ${named(textLanguage)}${probe.pageLanguage ? ` (it declares lang="${probe.pageLanguage}")` : ''} but the banner is in ${named(spoken ?? banner.language)}.`,
      },
    ];
  }
  const page = toLanguage(probe.pageLanguage);
  // Only pages declaring one of the banner's languages can be held to it.
  if (!page || spoken === page) return [];
  return [
    {
      code: 'wrong-language',
      message: `The page declares lang="${probe.pageLanguage}" but the banner is in ${named(spoken ?? banner.language)}.`,
    },
  ];
}

/** Problems (and the `custom-wording` note) seen at one viewport. */
export function viewportFindings(probe: ProbeResult, anyBanner: boolean, textLanguage?: string, expectations: Expectations = {}): Finding[] {
  const { banner } = probe;
  if (!banner) {
    if (probe.elements > 0) {
      return [
        {
          code: 'banner-not-rendered',
          message: 'The page holds a report-banner element, but it shows nothing (its script did not run, or it was closed).',
        },
      ];
    }
    const also = anyBanner ? ', nor a notice linking to Child Focus and 1712' : '';
    return [{ code: 'banner-missing', message: `No report-banner notice on the page${also}.` }];
  }
  const layout = layoutFindings(banner, probe.viewport);
  // A banner a visitor does not see at all is said to be so once, not part by part.
  const unseen = layout.some((finding) => ['banner-hidden', 'banner-transparent', 'banner-off-screen'].includes(finding.code));
  return [
    ...languageFindings(probe, banner, textLanguage),
    ...wordingFindings(banner),
    ...contactFindings(banner.links, expectations.expectContacts),
    ...layout,
    ...(unseen ? [] : partFindings(banner)),
  ];
}

/** Codes meaning a visitor does not see the banner at all. */
export const OUT_OF_SIGHT: readonly string[] = ['banner-missing', 'banner-not-rendered', 'banner-hidden', 'banner-transparent', 'banner-off-screen', 'banner-covered'];

/** Whether a visitor cannot see the banner in this look. */
export function lostSight(probe: ProbeResult, anyBanner: boolean): boolean {
  return viewportFindings(probe, anyBanner).some((finding) => OUT_OF_SIGHT.includes(finding.code));
}

/** The banner against what was agreed with the site. */
export function expectationFindings(probes: readonly ViewportProbe[], { expectContacts, expectLanguage }: Expectations): Problem[] {
  const problems: Problem[] = [];
  for (const { name, probe } of probes) {
    const { banner } = probe;
    if (!banner) continue;
    if (expectContacts) {
      const reached = contactsReached(banner.links.map((link) => link.href));
      const missing = expectContacts.filter((id) => !reached.includes(id));
      const extra = reached.filter((id) => !expectContacts.includes(id));
      if (missing.length > 0 || extra.length > 0) {
        const parts = [missing.length > 0 ? `missing ${missing.join(', ')}` : '', extra.length > 0 ? `not agreed ${extra.join(', ')}` : ''];
        problems.push({
          code: 'contacts-unexpected',
          message: `The banner shows ${reached.join(', ') || 'no listed service'}, not the agreed ${expectContacts.join(', ')}: ${parts.filter(Boolean).join('; ')}.`,
          viewports: [name],
        });
      }
    }
    if (expectLanguage && toLanguage(banner.language) !== expectLanguage) {
      problems.push({
        code: 'wrong-language',
        rule: 'expect-language',
        message: `The banner is in ${named(toLanguage(banner.language) ?? banner.language)}, not the agreed ${named(expectLanguage)}.`,
        viewports: [name],
      });
    }
  }
  return mergeSame(problems);
}

function mergeSame(problems: readonly Problem[]): Problem[] {
  const merged = new Map<string, Problem>();
  for (const problem of problems) {
    const known = merged.get(`${problem.code}\n${problem.message}`);
    if (known) known.viewports!.push(...(problem.viewports ?? []));
    else merged.set(`${problem.code}\n${problem.message}`, { ...problem, viewports: [...(problem.viewports ?? [])] });
  }
  return [...merged.values()];
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

function alteredFinding(difference: number): Finding {
  return {
    code: 'banner-altered',
    message: `Compared with the same banner drawn alone on a blank page, ${percent(difference)} of the pixels of its text look different (more than ${percent(MAX_REFERENCE_DIFFERENCE)}): something the page applies to it or paints over it (a filter, a blend mode, a layer on top) changes what a visitor sees.`,
  };
}

/** Findings of every viewport, each problem once with the viewports where it was seen. */
export function mergeViewports(probes: readonly ViewportProbe[], anyBanner: boolean, expectations: Expectations = {}): Problem[] {
  const merged = new Map<string, Problem>();
  for (const { name, probe, textLanguage, lost, reference } of probes) {
    const findings: Finding[] = viewportFindings(probe, anyBanner, textLanguage, expectations);
    if (reference?.compared && reference.difference > MAX_REFERENCE_DIFFERENCE) findings.push(alteredFinding(reference.difference));
    if (lost) {
      findings.push({
        code: 'banner-not-persistent',
        message: `The banner was seen at first but a visitor no longer sees it ${lost}.`,
      });
    }
    for (const finding of findings) {
      const key = `${finding.code}\n${finding.message}`;
      const known = merged.get(key);
      if (known) known.viewports!.push(name);
      else merged.set(key, { ...finding, viewports: [name] });
    }
  }
  return [...merged.values()];
}

const ORDER = Object.keys(PROBLEMS) as ProblemCode[];

/** Problems in the order of the code list, so reports read the same way every time. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => ORDER.indexOf(a.code) - ORDER.indexOf(b.code));
}
