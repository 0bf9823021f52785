/**
 * `--evidence DIR`: what an inspector files to show what a visitor saw, per page and viewport:
 * the first screen and the whole page with the address and UTC time drawn in, the rendered DOM
 * with the banner's shadow root, an MHTML archive of the page as rendered, the network log (HAR)
 * and the capture's facts. The manifest (manifest.ts) then binds every file by its SHA-256.
 *
 * MHTML rather than WACZ: Chromium writes it itself (CDP Page.captureSnapshot) from the page as
 * rendered, gates passed, in one file that Chromium-based browsers open again offline. A WACZ
 * replays recorded responses and runs the page's scripts again, so what it shows can differ from
 * what was judged (a script that hides the notice on its second run), and it needs a replay tool.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import type { GateStep } from './gates.js';
import { escape } from './html-report.js';
import type { Har } from './network-log.js';

/** Full-page screenshots stop here (CSS px): beyond it Chromium may not paint, and the notice is near the top. */
const MAX_PAGE_HEIGHT = 8000;

/** Who captured, as recorded in every capture. */
export interface Capturer {
  checker: { name: string; version: string };
  /** The version of the banner's facts (`report-banner/facts`) the verdict was reached with. */
  facts: string;
  browser: string;
}

export interface CaptureFacts {
  url: string;
  finalUrl: string;
  status?: number;
  redirects: string[];
  capturedAt: string;
  viewport: { name: string; width: number; height: number; mobile: boolean; deviceScaleFactor: 1 };
  userAgent: string;
  language: string;
  waits: { wait: number; recheck: number; timeout: number };
  /** Every click made and dialog answered to pass a gate, in order, with its time. */
  gate: GateStep[];
  files: Record<string, string>;
}


/** "2026-12-05 22:10:03 UTC" */
const utc = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;

/** The screenshot with a caption band above it, drawn in a blank page of its own (the checked page is not touched). */
async function drawCaption(browser: Browser, png: Uint8Array, caption: string): Promise<Uint8Array> {
  const width = Buffer.from(png).readUInt32BE(16);
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width, height: 200, deviceScaleFactor: 1 });
    await page.setContent(
      `<!doctype html><body style="margin:0"><p style="margin:0;padding:6px 8px;font:14px/1.4 'DejaVu Sans Mono',monospace;background:#fff3bf;color:#000;border-bottom:2px solid #000;overflow-wrap:anywhere">${escape(caption)}</p><img alt="" style="display:block"></body>`,
    );
    await page.evaluate(async (source) => {
      const image = document.querySelector('img')!;
      image.src = source;
      await image.decode();
    }, `data:image/png;base64,${Buffer.from(png).toString('base64')}`);
    return await page.screenshot({ type: 'png', fullPage: true });
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** The document as rendered, open shadow roots included (as declarative shadow DOM). */
function renderedDom(): string {
  const roots: ShadowRoot[] = [];
  const collect = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) {
        roots.push(element.shadowRoot);
        collect(element.shadowRoot);
      }
    }
  };
  collect(document);
  const html = document.documentElement as HTMLElement & { getHTML?: (options: { shadowRoots: ShadowRoot[] }) => string };
  const inner = html.getHTML ? html.getHTML({ shadowRoots: roots }) : html.innerHTML;
  const attributes = [...html.attributes].map((attribute) => ` ${attribute.name}="${attribute.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('');
  return `<!doctype html>\n<html${attributes}>${inner}</html>\n`;
}

export interface ViewportCapture {
  browser: Browser;
  page: Page;
  /** The folder for this page and viewport. */
  dir: string;
  url: string;
  status?: number;
  redirects: string[];
  viewport: { name: string; width: number; height: number; mobile: boolean };
  waits: CaptureFacts['waits'];
  gate: GateStep[];
  /** The first screen before a gate was passed, when one was. */
  beforeGate?: Uint8Array;
  har: Har;
  capturer: Capturer;
}

/** Writes the evidence of one viewport into `dir`; answers the files' names. */
export async function captureViewport(capture: ViewportCapture): Promise<string[]> {
  const { browser, page, dir, viewport, capturer } = capture;
  await mkdir(dir, { recursive: true });
  const capturedAt = new Date().toISOString();
  const finalUrl = page.url();
  const caption = (what: string) =>
    `${finalUrl} · ${utc(capturedAt)} · ${viewport.name} ${viewport.width}×${viewport.height} · ${what} · ${capturer.checker.name} ${capturer.checker.version}`;
  const files: Record<string, string> = {};
  const write = async (name: string, content: Uint8Array | string, what: string) => {
    await writeFile(join(dir, name), content);
    files[name] = what;
  };
  if (capture.beforeGate) await write('before-gate.png', await drawCaption(browser, capture.beforeGate, caption('first screen, before the gate')), 'the first screen before a gate was passed');
  await write('first-screen.png', await drawCaption(browser, await page.screenshot({ type: 'png' }), caption('first screen, as judged')), 'the first screen as judged');
  const height = await page.evaluate(() => document.documentElement.scrollHeight).catch(() => viewport.height);
  const full = await page.screenshot({
    type: 'png',
    captureBeyondViewport: true,
    clip: { x: 0, y: 0, width: viewport.width, height: Math.max(viewport.height, Math.min(height, MAX_PAGE_HEIGHT)) },
  });
  await write('full-page.png', await drawCaption(browser, full, caption(height > MAX_PAGE_HEIGHT ? `whole page, first ${MAX_PAGE_HEIGHT} px` : 'whole page')), 'the whole page');
  await write('dom.html', await page.evaluate(renderedDom), "the rendered DOM, the banner's shadow root included");
  const session = await page.createCDPSession();
  try {
    const { data } = await session.send('Page.captureSnapshot', { format: 'mhtml' });
    await write('page.mhtml', data, 'the page as rendered, in one file Chromium opens again (MHTML)');
  } finally {
    await session.detach().catch(() => undefined);
  }
  await write('network.har', `${JSON.stringify(capture.har, null, 2)}\n`, 'every request of the page load (HAR 1.2, without bodies)');
  const { userAgent, language } = await page.evaluate(() => ({ userAgent: navigator.userAgent, language: navigator.language }));
  files['capture.json'] = 'these facts';
  const facts: CaptureFacts & { checker: Capturer['checker']; facts: string; browser: string } = {
    ...capturer,
    url: capture.url,
    finalUrl,
    ...(capture.status !== undefined ? { status: capture.status } : {}),
    redirects: capture.redirects,
    capturedAt,
    viewport: { ...viewport, deviceScaleFactor: 1 },
    userAgent,
    language,
    waits: capture.waits,
    gate: capture.gate,
    files,
  };
  await writeFile(join(dir, 'capture.json'), `${JSON.stringify(facts, null, 2)}\n`);
  return Object.keys(files);
}
