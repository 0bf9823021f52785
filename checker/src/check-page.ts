/** Checks one page: loads it in a clean profile at each viewport and gathers problems and evidence. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TimeoutError, type Browser, type Frame, type HTTPResponse, type Page } from 'puppeteer-core';
import { runAxe, type AxeViolation } from './axe.js';
import { captureViewport, type Capturer } from './evidence.js';
import { GATE_CLICKABLE, GATE_PATTERNS, NOT_ADULT, findGateButton, type GateStep } from './gates.js';
import { checkLinks, type LinkCheck } from './links.js';
import { recordNetwork } from './network-log.js';
import { detectLanguage } from './page-language.js';
import { decodePng, measuredContrast, type Bitmap } from './pixels.js';
import { CHECKED_ELEMENT, probeBanner, type BannerProbe, type ProbeResult, type Rect } from './probe.js';
import type { Problem } from './problems.js';
import { copyBanner, drawReference, textDifference, type ReferenceComparison } from './reference.js';
import { splitNotes, withRules } from './rules.js';
import { CONTACT_RULES, MAX_REFERENCE_DIFFERENCE } from './requirements.js';
import { AS_STYLED, pixelsAsStyled } from './pixel-doubt.js';
import { disguisePage, identity } from './stealth.js';
import {
  OUT_OF_SIGHT,
  ageCheckNote,
  expectationFindings,
  lostSight,
  mergeViewports,
  sortProblems,
  viewportFindings,
  type AgeCheckEvidence,
  type Expectations,
  type ViewportProbe,
} from './verdict.js';
import { nextFrames, pause, waitForSecondLook, waitUntil, watchNetwork, type NetworkWatch } from './waits.js';

export interface Viewport {
  name: string;
  width: number;
  height: number;
  mobile: boolean;
}

export const VIEWPORTS: readonly Viewport[] = [
  { name: 'desktop', width: 1280, height: 800, mobile: false },
  { name: 'mobile', width: 375, height: 667, mobile: true },
];

export interface CheckOptions extends Expectations {
  anyBanner: boolean;
  /** Per viewport load, in milliseconds. */
  timeout: number;
  /** How long to wait for the banner to appear after DOMContentLoaded, in milliseconds. */
  wait: number;
  /** How long after the first look to look again (then once more after a scroll), in milliseconds; 0 skips it. */
  recheck: number;
  /** Selectors clicked in order before judging, for gates the heuristics miss. */
  click: readonly string[];
  screenshots?: string;
  checkLinks: boolean;
  /** `--evidence`: the folder and who captures. */
  evidence?: { dir: string; capturer: Capturer };
  /** Aborted by Ctrl-C or SIGTERM: the page is then reported as interrupted. */
  signal?: AbortSignal;
}

export interface ViewportEvidence extends ProbeResult {
  /** The language of the page's visible text, when it clearly is nl, fr, de or en. */
  textLanguage?: string;
  /** The URL of the frame holding the judged banner, when it is not the page itself. */
  frame?: string;
  gate: GateStep[];
  screenshot?: string;
  /** The first screen, before any gate was passed. */
  firstScreen?: string;
  /** When the notice is on report-banner's age-check entry: what follows an adult's answer. */
  ageCheck?: AgeCheckEvidence;
  /** The banner against the same banner drawn alone, when a visitor sees it. */
  reference?: ReferenceComparison;
  /** With `--evidence`: the folder of this viewport's capture, relative to the evidence folder. */
  evidence?: string;
}

export interface Evidence {
  checkedAt: string;
  finishedAt?: string;
  /** False when the page could not be loaded: then nothing else was checked. */
  loaded: boolean;
  finalUrl?: string;
  /** Every URL the first request was redirected through, in order. */
  redirects: string[];
  status?: number;
  viewports: Record<string, ViewportEvidence>;
  accessibility?: AxeViolation[];
  links?: LinkCheck[];
}

export interface PageResult {
  url: string;
  compliant: boolean;
  problems: Problem[];
  /** Facts for the reader that do not make the page non-compliant (a gate in front, other banners). */
  notes: Problem[];
  evidence: Evidence;
}


/** Waits until the page has settled: network quiet (briefly), banner rendered, fonts and animations done. */
async function settle(page: Page): Promise<void> {
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 1500 }).catch(() => undefined);
  await page
    .evaluate(async () => {
      const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      const element = document.querySelector('report-banner') as (Element & { updateComplete?: Promise<unknown> }) | null;
      if (element?.updateComplete) await element.updateComplete;
      await Promise.race([document.fonts.ready, wait(2000)]);
      await Promise.race([Promise.all(document.getAnimations().map((animation) => animation.finished)), wait(2000)]).catch(
        () => undefined,
      );
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    })
    .catch(() => undefined);
}

/** Whether a rendered banner (or, with `anyBanner`, a reporting link) is in this document. */
function bannerShown(anyBanner: boolean): boolean {
  const deep = (root: Document | ShadowRoot): boolean =>
    [...root.querySelectorAll('*')].some(
      (element) =>
        (element.localName === 'report-banner' && element.shadowRoot?.querySelector('[part~="banner"]') !== null) ||
        (element.shadowRoot !== null && deep(element.shadowRoot)),
    );
  return deep(document) || (anyBanner && document.querySelector('a[href*="stopchildporno.be"]') !== null);
}

/**
 * Looks in every frame until a banner shows, the page has been quiet long enough that none is
 * coming, or `ms` have passed; navigations in between are survived.
 */
async function waitForBanner(page: Page, network: NetworkWatch, anyBanner: boolean, ms: number): Promise<void> {
  const shown = async () => {
    for (const frame of page.frames()) {
      if (await frame.evaluate(bannerShown, anyBanner).catch(() => false)) return true;
    }
    return false;
  };
  await waitUntil(shown, network, ms);
}

function slug(url: string): string {
  const { host, pathname } = new URL(url);
  return `${host}${pathname}`.replace(/[^a-z0-9.-]+/gi, '_').replace(/^_+|_+$/g, '').slice(0, 80);
}

class LoadProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

function loadProblem(error: unknown, seconds: number, signal?: AbortSignal): Problem {
  if (signal?.aborted) return { code: 'interrupted', message: 'The run was stopped (Ctrl-C or SIGTERM) before this page was checked.' };
  if (error instanceof LoadProblem) return error.problem;
  if (error instanceof TimeoutError) {
    return { code: 'page-timeout', message: `The page did not finish loading within ${seconds} s.` };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'page-unreachable', message: `The page could not be loaded: ${message}` };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

const intersect = (a: Rect, b: Rect): Rect => {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - x), height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - y) };
};
const area = (rect: Rect) => rect.width * rect.height;

/** A banner measured inside a frame, moved to page coordinates and clipped by the frame's box. */
function fromFrame(banner: BannerProbe, box: Rect, viewport: ProbeResult['viewport']): BannerProbe {
  const move = (rect: Rect): Rect => ({ ...rect, x: rect.x + box.x, y: rect.y + box.y });
  const screen = intersect(box, { x: 0, y: 0, ...viewport });
  return {
    ...banner,
    rect: move(banner.rect),
    samples: banner.samples.map((sample) => {
      const rect = move(sample.rect);
      const visibleRect = intersect(move(sample.visibleRect), screen);
      const whole = Math.max(1, area(rect));
      return {
        ...sample,
        rect,
        visibleRect,
        inViewport: Math.min(sample.inViewport, Math.round((area(intersect(rect, screen)) / whole) * 100) / 100),
        visible: Math.min(sample.visible, Math.round((area(visibleRect) / whole) * 100) / 100),
      };
    }),
  };
}

interface Located {
  probe: ProbeResult;
  /** Where the judged banner lives, and its index there (for axe-core). */
  frame?: Frame;
  index: number;
}

/** Probes the page and its frames and judges the banner with the fewest problems. */
async function locate(page: Page, options: CheckOptions): Promise<Located> {
  const probeOptions = { anyBanner: options.anyBanner, checkedElement: CHECKED_ELEMENT, ...CONTACT_RULES };
  const main = await page.mainFrame().evaluate(probeBanner, probeOptions);
  const candidates: { banner: BannerProbe; frame: Frame; index: number }[] = main.banners.map((banner, index) => ({
    banner,
    frame: page.mainFrame(),
    index,
  }));
  let elements = main.elements;
  for (const frame of page.frames()) {
    if (frame === page.mainFrame() || frame.detached) continue;
    try {
      const inner = await frame.evaluate(probeBanner, probeOptions);
      elements += inner.elements;
      if (inner.banners.length === 0) continue;
      const box = await (await frame.frameElement())?.boundingBox();
      if (!box) continue;
      inner.banners.forEach((banner, index) => candidates.push({ banner: fromFrame(banner, box, main.viewport), frame, index }));
    } catch {
      // A frame that navigates or goes away while probed holds nothing to judge.
    }
  }
  // A banner a visitor cannot see at all is worse than any number of smaller problems.
  const count = (banner: BannerProbe) =>
    viewportFindings({ ...main, banner }, options.anyBanner).reduce((sum, finding) => sum + (OUT_OF_SIGHT.includes(finding.code) ? 100 : 1), 0);
  candidates.sort((a, b) => count(a.banner) - count(b.banner));
  const best = candidates[0];
  const banners = candidates.map(({ banner }) => banner);
  return { probe: { ...main, elements, banners, banner: best?.banner ?? null }, frame: best?.frame, index: best?.index ?? 0 };
}

/** Clicks what a visitor clicks to get past a gate: `--click` selectors first, then the heuristics. */
async function passGate(page: Page, selector: string | undefined): Promise<GateStep | 'not-found' | null> {
  const at = () => new Date().toISOString();
  if (selector) {
    const element = await page.$(selector).catch(() => null);
    if (!element) return 'not-found';
    const text = await element.evaluate((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60));
    await element.click();
    return { kind: 'click', text: text || selector, reason: 'selector', at: at() };
  }
  const found = await page.evaluate(findGateButton, GATE_CLICKABLE, GATE_PATTERNS, NOT_ADULT).catch(() => null);
  if (!found) return null;
  const elements = await page.$$(GATE_CLICKABLE);
  const element = elements[found.index];
  if (!element) return null;
  await element.click().catch(() => element.evaluate((node) => (node as HTMLElement).click()));
  return { kind: 'click', text: found.text, reason: found.reason, at: at() };
}

/** Whether a visitor cannot see the banner yet: missing, hidden or under something. */
function blocked(probe: ProbeResult): boolean {
  const { banner } = probe;
  return !banner || banner.hidden || banner.samples.length === 0 || banner.samples.some((sample) => sample.coveredBy !== undefined);
}

/** Up to this many gates in a row (age gate, then consent wall, then a newsletter box). */
const MAX_GATES = 3;

/**
 * Answers report-banner's own age check as an adult, never as "under 18", to see what follows it.
 * Done last: the gate itself has been judged by then.
 */
async function enterAgeCheck(page: Page, located: Located, options: CheckOptions): Promise<AgeCheckEvidence | undefined> {
  const adult = await located
    .frame!.evaluate(
      (key, index) => {
        const host = (Reflect.get(window, key) as Element[] | undefined)?.[index];
        const button = host?.shadowRoot?.querySelector<HTMLElement>('[part~="adult"]');
        button?.click();
        return button?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
      },
      CHECKED_ELEMENT,
      located.index,
    )
    .catch(() => null);
  if (adult === null) return undefined;
  await pause(300);
  await settle(page);
  const after = (await locate(page, options)).probe;
  return { adult, afterEntry: !after.banner ? 'none' : lostSight(after, options.anyBanner) ? 'bar-out-of-sight' : 'bar' };
}

/**
 * The judged banner against the same banner drawn alone at this viewport (reference.ts). Only a
 * banner a visitor sees is compared: one out of sight is reported as such already.
 */
async function compareWithReference(
  browser: Browser,
  page: Page,
  located: Located,
  viewport: Viewport,
  bitmap: Bitmap,
  anyBanner: boolean,
): Promise<{ comparison: ReferenceComparison; png?: Uint8Array } | undefined> {
  const { banner } = located.probe;
  if (!banner || !located.frame || lostSight(located.probe, anyBanner)) return undefined;
  const skipped = (reason: string) => ({ comparison: { compared: false as const, reason } });
  if (banner.kind === 'static') return skipped('A static notice has no rendering of its own to compare with.');
  // Drawn alone, a banner of a frame would span the whole viewport instead of the frame.
  if (located.frame !== page.mainFrame()) return skipped('The banner is inside a frame.');
  const copy = await located.frame.evaluate(copyBanner, CHECKED_ELEMENT, located.index).catch(() => null);
  if (!copy) return skipped('The banner could not be copied.');
  // Drawn alone it costs a page of its own: only worth it when the screenshot may show something else than the styles say.
  if (pixelsAsStyled(bitmap, banner)) return skipped(AS_STYLED);
  const { png, rect } = await drawReference(browser, copy, viewport);
  const difference = rect ? textDifference(bitmap, decodePng(png), banner, rect) : undefined;
  if (difference === undefined) return skipped('Drawn alone, the banner is laid out at another size or shows no text.');
  return { comparison: { compared: true, difference }, png };
}

interface ViewportRun {
  probe: ProbeResult;
  response: HTTPResponse | null;
  finalUrl: string;
  frame?: string;
  gate: GateStep[];
  /** A gate was passed because it hid the notice on the first screen. */
  gateHid: boolean;
  ageCheck?: AgeCheckEvidence;
  reference?: ReferenceComparison;
  clickMissing: string[];
  screenshot?: string;
  firstScreen?: string;
  accessibility?: AxeViolation[];
  lost?: string;
  evidence?: string;
}

async function checkViewport(
  browser: Browser,
  url: string,
  viewport: Viewport,
  options: CheckOptions,
  screenshotName: string,
): Promise<ViewportRun> {
  const context = await browser.createBrowserContext();
  const abort = () => void context.close().catch(() => undefined);
  options.signal?.addEventListener('abort', abort, { once: true });
  try {
    const page = await context.newPage();
    const network = options.evidence && recordNetwork(page);
    const { width, height, mobile } = viewport;
    await page.setViewport({ width, height, isMobile: mobile, hasTouch: mobile, deviceScaleFactor: 1 });
    await disguisePage(page, mobile, await identity(browser, mobile));
    const gate: GateStep[] = [];
    page.on('dialog', (dialog) => {
      gate.push({ kind: 'dialog', text: dialog.message().slice(0, 200), reason: dialog.type(), at: new Date().toISOString() });
      // A visitor says yes to "are you 18?" and stays on the page when asked to leave.
      void dialog.accept().catch(() => undefined);
    });
    const shot = async (suffix: string): Promise<{ png: Uint8Array; path?: string }> => {
      const png = await page.screenshot({ type: 'png' });
      if (!options.screenshots) return { png };
      const path = join(options.screenshots, `${screenshotName}-${viewport.name}${suffix}.png`);
      await writeFile(path, png);
      return { png, path };
    };
    const quiet = watchNetwork(page);
    const run = async (): Promise<ViewportRun> => {
      const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: options.timeout });
      const status = response?.status() ?? 0;
      if (status >= 400) {
        throw new LoadProblem({ code: 'page-http-error', message: `The page answered HTTP ${status}.` });
      }
      await waitForBanner(page, quiet, options.anyBanner, options.wait);
      await settle(page);
      let located = await locate(page, options);
      // `--click` may pass a gate that hid nothing: only a hidden notice makes the note.
      const hiddenAtFirst = blocked(located.probe);
      let firstScreen: string | undefined;
      let beforeGate: Uint8Array | undefined;
      const clickMissing: string[] = [];
      for (let round = 0; round < Math.max(MAX_GATES, options.click.length); round += 1) {
        const selector = options.click[round];
        if (!selector && (round >= MAX_GATES || !blocked(located.probe))) break;
        const before = await shot('-first-screen');
        const step = await passGate(page, selector);
        if (step === 'not-found') {
          clickMissing.push(selector!);
          continue;
        }
        if (!step) break;
        firstScreen ??= before.path ?? '';
        beforeGate ??= before.png;
        gate.push(step);
        await pause(300);
        await waitForBanner(page, quiet, options.anyBanner, options.wait);
        await settle(page);
        located = await locate(page, options);
      }
      const { png, path } = await shot('');
      const firstLook = Date.now();
      const bitmap = decodePng(png);
      for (const sample of located.probe.banner?.samples ?? []) {
        // A run of punctuation alone (a "·" between links) is a few pixels of ink: no reading to measure.
        if (!/[\p{L}\p{N}]/u.test(sample.text)) continue;
        const measured = measuredContrast(bitmap, sample.visibleRect);
        if (measured !== undefined) sample.measuredContrast = measured;
      }
      const passed = gate.some((step) => step.kind === 'click');
      const result: ViewportRun = { probe: located.probe, response, finalUrl: page.url(), gate, gateHid: hiddenAtFirst && passed, clickMissing };
      const reference = await compareWithReference(browser, page, located, viewport, bitmap, options.anyBanner);
      if (reference) {
        const { comparison, png: drawn } = reference;
        // The reference is evidence only when it shows a difference.
        if (comparison.compared && comparison.difference > MAX_REFERENCE_DIFFERENCE && drawn && options.screenshots) {
          comparison.screenshot = join(options.screenshots, `${screenshotName}-${viewport.name}-reference.png`);
          await writeFile(comparison.screenshot, drawn);
        }
        result.reference = comparison;
      }
      if (located.frame && located.frame !== page.mainFrame()) result.frame = located.frame.url();
      if (path) result.screenshot = path;
      if (firstScreen) result.firstScreen = firstScreen;
      // axe-core runs once, at the first viewport: the banner's markup is the same at both.
      if (located.probe.banner && located.frame && viewport === VIEWPORTS[0]) {
        result.accessibility = await runAxe(located.frame, located.index);
      }
      if (options.evidence && network) {
        const { dir, capturer } = options.evidence;
        result.evidence = `pages/${screenshotName}/${viewport.name}`;
        await captureViewport({
          browser,
          page,
          dir: join(dir, result.evidence),
          url,
          status,
          redirects: response?.request().redirectChain().map((request) => request.url()) ?? [],
          viewport,
          waits: { wait: options.wait, recheck: options.recheck, timeout: options.timeout },
          gate,
          beforeGate,
          har: network.har(capturer.checker, capturer.browser),
          capturer,
        });
      }
      if (options.recheck > 0 && !lostSight(located.probe, options.anyBanner)) {
        const gone = async () => lostSight((await locate(page, options)).probe, options.anyBanner);
        // The drawing alone and axe-core above took part of this time already.
        await waitForSecondLook(gone, quiet, firstLook, options.recheck);
        if (await gone()) {
          result.lost = `within ${options.recheck / 1000} s of the first look`;
        } else {
          await page.evaluate(() => window.scrollBy(0, window.innerHeight * 2));
          await nextFrames(page);
          await page.evaluate(() => window.scrollTo(0, 0));
          await nextFrames(page);
          if (lostSight((await locate(page, options)).probe, options.anyBanner)) result.lost = 'after scrolling down and back up';
        }
      }
      if (located.probe.banner?.ageCheck && located.frame && !result.lost) {
        const ageCheck = await enterAgeCheck(page, located, options);
        if (ageCheck) result.ageCheck = ageCheck;
      }
      return result;
    };
    try {
      return await withTimeout(run(), options.timeout * 2 + options.wait * (MAX_GATES + 1) + options.recheck);
    } finally {
      quiet.stop();
    }
  } finally {
    options.signal?.removeEventListener('abort', abort);
    await context.close().catch(() => undefined);
  }
}

export async function checkPage(browser: Browser, url: string, index: number, options: CheckOptions): Promise<PageResult> {
  const evidence: Evidence = { checkedAt: new Date().toISOString(), loaded: false, redirects: [], viewports: {} };
  const failed = (problem: Problem): PageResult => {
    evidence.finishedAt = new Date().toISOString();
    return { url, compliant: false, problems: withRules([problem]), notes: [], evidence };
  };
  const screenshotName = `${String(index + 1).padStart(3, '0')}-${slug(url)}`;
  const probes: ViewportProbe[] = [];
  const notes: Problem[] = [];
  if (options.signal?.aborted) return failed(loadProblem(undefined, 0, options.signal));
  // Both viewports at once, each in a context of its own: their waits overlap.
  const runs = await Promise.allSettled(VIEWPORTS.map((viewport) => checkViewport(browser, url, viewport, options, screenshotName)));
  for (const [at, viewport] of VIEWPORTS.entries()) {
    const settled = runs[at];
    if (settled.status === 'rejected') return failed(loadProblem(settled.reason, options.timeout / 1000, options.signal));
    const run = settled.value;
    evidence.finalUrl = run.finalUrl;
    evidence.status = run.response?.status();
    evidence.redirects = run.response?.request().redirectChain().map((request) => request.url()) ?? [];
    const view: ViewportEvidence = { ...run.probe, gate: run.gate };
    const textLanguage = detectLanguage(run.probe.pageText);
    if (textLanguage) view.textLanguage = textLanguage;
    if (run.frame) view.frame = run.frame;
    if (run.screenshot) view.screenshot = run.screenshot;
    if (run.firstScreen) view.firstScreen = run.firstScreen;
    if (run.ageCheck) view.ageCheck = run.ageCheck;
    if (run.reference) view.reference = run.reference;
    if (run.evidence) view.evidence = run.evidence;
    evidence.viewports[viewport.name] = view;
    if (run.accessibility) evidence.accessibility = run.accessibility;
    probes.push({ name: viewport.name, probe: run.probe, textLanguage, lost: run.lost, reference: run.reference });
    const clicks = run.gate.filter((step) => step.kind === 'click');
    if (run.gateHid) {
      notes.push({
        code: 'gate-before-notice',
        message: `The first screen hides the notice until a visitor clicks ${clicks.map((step) => JSON.stringify(step.text)).join(', then ')}; the page was judged after that.`,
        viewports: [viewport.name],
      });
    }
    if (run.probe.banner?.ageCheck) {
      notes.push({ code: 'notice-on-age-check', message: ageCheckNote(run.ageCheck), viewports: [viewport.name] });
    }
    for (const selector of run.clickMissing) {
      notes.push({ code: 'click-target-missing', message: `--click ${selector} matched nothing on the page.`, viewports: [viewport.name] });
    }
    const others = run.probe.banners.length - 1;
    if (others > 0) {
      notes.push({
        code: 'other-banners',
        message: `${others} other banner${others === 1 ? '' : 's'} on the page; the one with the fewest problems was judged.`,
        viewports: [viewport.name],
      });
    }
  }
  evidence.loaded = true;
  evidence.finishedAt = new Date().toISOString();
  const { problems, notes: noted } = splitNotes([...mergeViewports(probes, options.anyBanner, options), ...expectationFindings(probes, options)]);
  notes.push(...noted);
  for (const violation of evidence.accessibility ?? []) {
    problems.push({
      code: 'a11y-violation',
      message: `${violation.id} (${violation.impact}): ${violation.help}; ${violation.nodes} element(s). ${violation.helpUrl}`,
    });
  }
  if (options.checkLinks) {
    const hrefs = probes.flatMap(({ probe }) => probe.banner?.links.map((link) => link.href) ?? []);
    evidence.links = await checkLinks(hrefs, options.timeout);
    for (const link of evidence.links.filter((check) => !check.ok)) {
      const answer = link.status ? `answered HTTP ${link.status}` : `did not answer (${link.error})`;
      problems.push({ code: 'link-broken', message: `${link.href} ${answer}.` });
    }
  }
  const sorted = sortProblems(problems);
  return { url, compliant: sorted.length === 0, problems: withRules(sorted), notes: withRules(mergeNotes(notes)), evidence };
}

/** Notes seen at both viewports, once with both names. */
function mergeNotes(notes: readonly Problem[]): Problem[] {
  const merged = new Map<string, Problem>();
  for (const note of notes) {
    const known = merged.get(`${note.code}\n${note.message}`);
    if (known) known.viewports!.push(...(note.viewports ?? []));
    else merged.set(`${note.code}\n${note.message}`, { ...note, viewports: [...(note.viewports ?? [])] });
  }
  return [...merged.values()];
}
