/** Turns what was measured in a page into problems with stable codes. Pure, so it is unit-tested. */
import { toLanguage } from '../../src/language.js';
import { contrastRatio } from './colour.js';
import type { BannerProbe, ProbeResult, TextSample } from './probe.js';
import { PROBLEMS, type Problem, type ProblemCode } from './problems.js';
import { CONTACT_RULES, MIN_CONTRAST, MIN_FONT_PX, MIN_VISIBLE_SHARE } from './requirements.js';

export interface ViewportProbe {
  /** `desktop` or `mobile`. */
  name: string;
  probe: ProbeResult;
}

type Finding = Omit<Problem, 'viewports'>;

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

export function contactFindings(links: BannerProbe['links']): Finding[] {
  const hrefs = links.map((link) => link.href);
  const findings: Finding[] = [];
  const { reportHosts, helplineHosts, helplinePhones } = CONTACT_RULES;
  if (!hrefs.some((href) => hostMatches(href, reportHosts, []))) {
    findings.push({ code: 'contact-report-missing', message: `No link to ${reportHosts.join(' or ')}.` });
  }
  if (!hrefs.some((href) => hostMatches(href, helplineHosts, helplinePhones))) {
    const targets = [...helplineHosts, ...helplinePhones.map((phone) => `tel:${phone}`)];
    findings.push({ code: 'contact-1712-missing', message: `No link to ${targets.join(' or ')}.` });
  }
  if (!hrefs.some((href) => href.startsWith('tel:'))) {
    findings.push({ code: 'contact-phone-missing', message: 'No tel: link to call a helpline.' });
  }
  return findings;
}

function layoutFindings(banner: BannerProbe, viewport: ProbeResult['viewport']): Finding[] {
  if (banner.hidden) {
    return [{ code: 'banner-hidden', message: 'The banner is hidden with CSS (display, visibility or zero size).' }];
  }
  if (banner.opacity < 0.01) return [{ code: 'banner-transparent', message: 'The banner has opacity 0.' }];
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
    const clipped = samples.filter((sample) => sample.visible < MIN_VISIBLE_SHARE);
    if (clipped.length > 0) {
      findings.push({
        code: 'banner-clipped',
        message: `Text cut off or outside the viewport: ${list(clipped, (s) => `${quote(s)} (${Math.round(s.visible * 100)}% visible)`)}.`,
      });
    }
    const covered = samples.filter((sample) => sample.coveredBy);
    if (covered.length > 0) {
      findings.push({
        code: 'banner-covered',
        message: `Covered by another element: ${list(covered, (s) => `${quote(s)} under ${s.coveredBy}`)}.`,
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
  return findings;
}

function languageFindings(probe: ProbeResult, banner: BannerProbe): Finding[] {
  const page = toLanguage(probe.pageLanguage);
  // Only pages declaring one of the banner's languages can be held to it.
  if (!page) return [];
  const spoken = toLanguage(banner.language);
  if (spoken === page) return [];
  return [
    {
      code: 'wrong-language',
      message: `The page declares lang="${probe.pageLanguage}" but the banner is in ${banner.language ?? 'no declared language'}.`,
    },
  ];
}

/** Problems seen at one viewport. */
export function viewportFindings(probe: ProbeResult, anyBanner: boolean): Finding[] {
  const { banner } = probe;
  if (!banner) {
    if (probe.elements > 0) {
      return [
        {
          code: 'banner-not-rendered',
          message: 'A <report-banner> element is on the page but renders nothing (its script did not run, or it was closed).',
        },
      ];
    }
    const also = anyBanner ? ', nor a notice linking to Child Focus and 1712' : '';
    return [{ code: 'banner-missing', message: `No <report-banner> element on the page${also}.` }];
  }
  return [...languageFindings(probe, banner), ...contactFindings(banner.links), ...layoutFindings(banner, probe.viewport)];
}

/** Findings of every viewport, each problem once with the viewports where it was seen. */
export function mergeViewports(probes: readonly ViewportProbe[], anyBanner: boolean): Problem[] {
  const merged = new Map<string, Problem>();
  for (const { name, probe } of probes) {
    for (const finding of viewportFindings(probe, anyBanner)) {
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
