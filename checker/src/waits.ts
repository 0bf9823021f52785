/**
 * Waiting for what decides a verdict rather than for fixed times: a page's requests are watched,
 * and a wait ends as soon as what it waits for happened, or once the page has been quiet long
 * enough that nothing more is coming, never later than its upper bound.
 */
import type { HTTPRequest, Page } from 'puppeteer-core';

/**
 * How long a loaded page must have started and finished no request before the checker takes it
 * that nothing more is coming (no late banner, no change before the second look), in ms. A tag
 * manager that inserts the banner's script a second after load is well inside it.
 */
const QUIET = 2000;
/** How often a wait looks again, in ms. */
const POLL = 100;

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A request still loading after this long is taken as hanging (a tracker that never answers):
 * it no longer keeps the page from being quiet, in ms.
 */
const HANGING = 5000;

export interface NetworkWatch {
  /**
   * Milliseconds since the page last started or finished a request, a frame navigated or the page
   * loaded; 0 while a request that is not hanging is still loading.
   */
  quietFor(): number;
  stop(): void;
}

/** Starts watching the page's requests, navigations and load events. */
export function watchNetwork(page: Page): NetworkWatch {
  let last = Date.now();
  const loading = new Map<HTTPRequest, number>();
  const touch = () => (last = Date.now());
  const started = (request: HTTPRequest) => {
    loading.set(request, Date.now());
    touch();
  };
  const ended = (request: HTTPRequest) => {
    loading.delete(request);
    touch();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  page.on('load', touch);
  page.on('framenavigated', touch);
  return {
    quietFor() {
      const now = Date.now();
      for (const since of loading.values()) if (now - since < HANGING) return 0;
      return now - last;
    },
    stop() {
      page.off('request', started);
      page.off('requestfinished', ended);
      page.off('requestfailed', ended);
      page.off('load', touch);
      page.off('framenavigated', touch);
    },
  };
}

/**
 * Calls `found` every POLL ms until it answers true (then true), the page has been quiet for
 * `quiet` ms (then false), or `limit` ms have passed (then false).
 */
export async function waitUntil(found: () => Promise<boolean>, network: NetworkWatch, limit: number, quiet = QUIET): Promise<boolean> {
  const deadline = Date.now() + limit;
  for (;;) {
    if (await found()) return true;
    if (Date.now() >= deadline || network.quietFor() >= quiet) return false;
    await pause(Math.min(POLL, Math.max(0, deadline - Date.now())));
  }
}

/**
 * The second look's moment: `recheck` ms after the first look (at `start`) at the latest, earlier
 * once the page has been quiet for `quiet` ms since the first look (a page that still loads is
 * given the whole time). Resolves early when `gone` answers true.
 */
export async function waitForSecondLook(
  gone: () => Promise<boolean>,
  network: NetworkWatch,
  start: number,
  recheck: number,
  quiet = QUIET,
): Promise<void> {
  const deadline = start + recheck;
  while (Date.now() < deadline) {
    if (Math.min(Date.now() - start, network.quietFor()) >= quiet) return;
    await pause(Math.min(POLL * 5, deadline - Date.now()));
    if (await gone()) return;
  }
}

/** Resolves after the page has drawn two more frames (scroll handlers and their style changes ran), at most `limit` ms. */
export async function nextFrames(page: Page, limit = 1000): Promise<void> {
  await Promise.race([
    page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))).catch(() => undefined),
    pause(limit),
  ]);
}
