/** Checks one page: loads it in a clean profile at each viewport and gathers problems and evidence. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { TimeoutError, type Browser, type HTTPResponse, type Page } from 'puppeteer-core';
import { runAxe, type AxeViolation } from './axe.js';
import { checkLinks, type LinkCheck } from './links.js';
import { CHECKED_ELEMENT, probeBanner, type ProbeResult } from './probe.js';
import type { Problem } from './problems.js';
import { CONTACT_RULES } from './requirements.js';
import { mergeViewports, sortProblems, type ViewportProbe } from './verdict.js';

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

export interface CheckOptions {
  anyBanner: boolean;
  /** Per viewport load, in milliseconds. */
  timeout: number;
  screenshots?: string;
  checkLinks: boolean;
}

export interface ViewportEvidence extends ProbeResult {
  screenshot?: string;
}

export interface Evidence {
  checkedAt: string;
  /** False when the page could not be loaded: then nothing else was checked. */
  loaded: boolean;
  finalUrl?: string;
  status?: number;
  viewports: Record<string, ViewportEvidence>;
  accessibility?: AxeViolation[];
  links?: LinkCheck[];
}

export interface PageResult {
  url: string;
  compliant: boolean;
  problems: Problem[];
  evidence: Evidence;
}

/** The browser's own user agent without "Headless", so sites serve what visitors get. */
async function userAgent(browser: Browser, mobile: boolean): Promise<string> {
  const agent = (await browser.userAgent()).replace('HeadlessChrome', 'Chrome');
  if (!mobile) return agent;
  const version = /Chrome\/([\d.]+)/.exec(agent)?.[1] ?? '120.0.0.0';
  return `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${version} Mobile Safari/537.36`;
}

/** Waits until the page has settled: network quiet, banner rendered, fonts and animations done. */
async function settle(page: Page, timeout: number): Promise<void> {
  await page.waitForNetworkIdle({ idleTime: 500, timeout: Math.min(5000, timeout) }).catch(() => undefined);
  await page.evaluate(async () => {
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const element = document.querySelector('report-banner') as (Element & { updateComplete?: Promise<unknown> }) | null;
    if (element?.updateComplete) await element.updateComplete;
    await Promise.race([document.fonts.ready, pause(2000)]);
    await Promise.race([Promise.all(document.getAnimations().map((animation) => animation.finished)), pause(2000)]).catch(
      () => undefined,
    );
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
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

function loadProblem(error: unknown, seconds: number): Problem {
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

interface ViewportRun {
  probe: ProbeResult;
  response: HTTPResponse | null;
  finalUrl: string;
  screenshot?: string;
  accessibility?: AxeViolation[];
}

async function checkViewport(
  browser: Browser,
  url: string,
  viewport: Viewport,
  options: CheckOptions,
  screenshotName: string,
): Promise<ViewportRun> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const { width, height, mobile } = viewport;
    await page.setViewport({ width, height, isMobile: mobile, hasTouch: mobile, deviceScaleFactor: 1 });
    await page.setUserAgent({ userAgent: await userAgent(browser, mobile) });
    const run = async (): Promise<ViewportRun> => {
      const response = await page.goto(url, { waitUntil: 'load', timeout: options.timeout });
      const status = response?.status() ?? 0;
      if (status >= 400) {
        throw new LoadProblem({ code: 'page-http-error', message: `The page answered HTTP ${status}.` });
      }
      await settle(page, options.timeout);
      const probe = await page.evaluate(probeBanner, { anyBanner: options.anyBanner, checkedElement: CHECKED_ELEMENT, ...CONTACT_RULES });
      const result: ViewportRun = { probe, response, finalUrl: page.url() };
      if (options.screenshots) {
        result.screenshot = join(options.screenshots, `${screenshotName}-${viewport.name}.png`);
        await page.screenshot({ path: result.screenshot as `${string}.png` });
      }
      // axe-core runs once, at the first viewport: the banner's markup is the same at both.
      if (probe.banner && viewport === VIEWPORTS[0]) result.accessibility = await runAxe(page);
      return result;
    };
    return await withTimeout(run(), options.timeout * 2);
  } finally {
    await context.close().catch(() => undefined);
  }
}

export async function checkPage(browser: Browser, url: string, index: number, options: CheckOptions): Promise<PageResult> {
  const evidence: Evidence = {
    checkedAt: new Date().toISOString(),
    loaded: false,
    finalUrl: undefined,
    status: undefined,
    viewports: {},
  };
  const failed = (problem: Problem): PageResult => ({ url, compliant: false, problems: [problem], evidence });
  if (options.screenshots) await mkdir(options.screenshots, { recursive: true });
  const screenshotName = `${String(index + 1).padStart(3, '0')}-${slug(url)}`;
  const probes: ViewportProbe[] = [];
  for (const viewport of VIEWPORTS) {
    let run: ViewportRun;
    try {
      run = await checkViewport(browser, url, viewport, options, screenshotName);
    } catch (error) {
      return failed(loadProblem(error, options.timeout / 1000));
    }
    evidence.finalUrl = run.finalUrl;
    evidence.status = run.response?.status();
    evidence.viewports[viewport.name] = run.screenshot ? { ...run.probe, screenshot: run.screenshot } : run.probe;
    if (run.accessibility) evidence.accessibility = run.accessibility;
    probes.push({ name: viewport.name, probe: run.probe });
  }
  evidence.loaded = true;
  const problems = mergeViewports(probes, options.anyBanner);
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
  return { url, compliant: sorted.length === 0, problems: sorted, evidence };
}
