/**
 * One browser per worker, reused from page to page (each page still gets fresh browser contexts,
 * closed with everything the page left running). A browser that crashed is replaced before its
 * next page, so one bad page costs one result, not the run.
 */
import type { Browser } from 'puppeteer-core';
import { launchBrowser, type RunningBrowser } from './browser.js';

export interface BrowserPool {
  /** Runs `work` with a browser no other work is using at the same time. */
  use<T>(work: (browser: Browser) => Promise<T>): Promise<T>;
  /** The browser's own version (after the first `use`, or `start`). */
  version(): string;
  /** Starts the first browser now, so a browser that cannot start stops the run before any page. */
  start(): Promise<void>;
  /** Closes every browser and removes their profiles. */
  close(): Promise<void>;
}

export function browserPool(executablePath: string, launch: (path: string) => Promise<RunningBrowser> = launchBrowser): BrowserPool {
  const idle: RunningBrowser[] = [];
  const all = new Set<RunningBrowser>();
  let version = '';
  const take = async (): Promise<RunningBrowser> => {
    while (idle.length > 0) {
      const running = idle.pop()!;
      if (running.browser.connected) return running;
      all.delete(running);
      await running.close();
    }
    const running = await launch(executablePath);
    all.add(running);
    version ||= running.version;
    return running;
  };
  return {
    async use<T>(work: (browser: Browser) => Promise<T>): Promise<T> {
      const running = await take();
      try {
        return await work(running.browser);
      } finally {
        idle.push(running);
      }
    },
    version: () => version,
    async start() {
      idle.push(await take());
    },
    async close() {
      idle.length = 0;
      await Promise.all([...all].map((running) => running.close()));
      all.clear();
    },
  };
}
