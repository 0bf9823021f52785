import type { ReportBanner } from '../../src/element/report-banner.js';

/** The built file operators paste, served by the test runner from the project root. */
export const BUNDLE = '/dist/report-banner.js';

export interface TestPage {
  window: Window & typeof globalThis;
  document: Document;
  /** Every `console.warn` the page saw, joined into one string each. */
  warnings: string[];
  frame: HTMLIFrameElement;
}

/**
 * Loads a whole page in a fresh iframe (same origin, so storage and DOM can be inspected), with
 * `console.warn` recorded from the first script on.
 */
export async function loadPage(
  body: string,
  { head = '', lang = 'en', width = 1024, height = 768 } = {},
): Promise<TestPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0`;
  const recorder = `<script>window.__warnings=[];const w=console.warn.bind(console);console.warn=(...a)=>{window.__warnings.push(a.join(' '));w(...a)}</script>`;
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${recorder}${head}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis & { __warnings: string[] };
  return { window: win, document: frame.contentDocument!, warnings: win.__warnings, frame };
}

/** Reloads the iframe's page, keeping its origin's storage. */
export async function reload(page: TestPage): Promise<TestPage> {
  const loaded = new Promise((resolve) => page.frame.addEventListener('load', resolve, { once: true }));
  page.window.location.reload();
  await loaded;
  const win = page.frame.contentWindow as Window & typeof globalThis & { __warnings: string[] };
  return { ...page, window: win, document: page.frame.contentDocument!, warnings: win.__warnings };
}

/**
 * The page's banner once it has rendered. The script tag defines the element in a task after its
 * own evaluation, so a hand-placed element is upgraded only then.
 */
export async function bannerOf(page: TestPage): Promise<ReportBanner> {
  const element = await waitFor(() => page.document.querySelector('report-banner'));
  await page.window.customElements.whenDefined('report-banner');
  await element.updateComplete;
  return element;
}

export async function waitFor<T>(probe: () => T | null | undefined, timeout = 3000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${probe}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no open shadow root');
  return element.shadowRoot;
}

/** The banner's element named `name` in its `part` attribute, or null. */
export const part = (element: Element, name: string) => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);

/** The same, for a part the test needs there: a missing one fails with its name. */
export function shownPart(element: Element, name: string): HTMLElement {
  const found = part(element, name);
  if (!found) throw new Error(`no part "${name}"`);
  return found;
}

/** The visible text of the banner, whitespace folded. */
export const textOf = (element: Element) => (shadow(element).textContent ?? '').replace(/\s+/g, ' ').trim();

export const scriptTag = (attributes = '', extra = 'defer') => `<script src="${BUNDLE}" ${extra} ${attributes}></script>`;

/** Clears the banner's storage so each test starts as a first visit. */
export function clearStorage() {
  for (const key of Object.keys(localStorage)) if (key.startsWith('report-banner:')) localStorage.removeItem(key);
}

/** For a suite whose tests load pages: each test starts as a first visit, and its frames go after it. */
export function freshPagesEachTest(): void {
  beforeEach(clearStorage);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));
}

/**
 * For a page's `head`: records everything that reaches the host page's own `window.onerror`
 * and `onunhandledrejection`, which the widget must never trouble.
 */
export const ERROR_RECORDER = `<script>window.__errors=[];onerror=(m)=>{__errors.push(String(m))};onunhandledrejection=(e)=>{__errors.push('unhandled rejection: '+String(e.reason))}</script>`;

/** What the page's `window.onerror` and `onunhandledrejection` saw (needs {@link ERROR_RECORDER}). */
/** The banner's own console warnings on that page. */
export const ours = (page: TestPage) => page.warnings.filter((warning) => warning.startsWith('report-banner:'));

export const errorsOf = (page: TestPage): string[] => (page.window as unknown as { __errors: string[] }).__errors;

/** Lets mutation observers, microtasks and one round of timers run. */
export const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/** The banner's landmark or dialog, or null when nothing is shown. */
export const landmarkOf = (element: Element) => shadow(element).querySelector<HTMLElement>('[part~="banner"]');

/**
 * For a page's `head`: logs every request a script starts (fetch, XMLHttpRequest, sendBeacon,
 * WebSocket, EventSource). {@link requestsOf} adds what the document itself loaded.
 */
export const NETWORK_RECORDER = `<script>window.__requests=[];{const log=(k,u)=>__requests.push(k+' '+String(u));
const f=fetch;window.fetch=(u,...r)=>{log('fetch',u instanceof Request?u.url:u);return f(u,...r)};
const o=XMLHttpRequest.prototype.open;XMLHttpRequest.prototype.open=function(m,u,...r){log('xhr',u);return o.call(this,m,u,...r)};
const b=navigator.sendBeacon.bind(navigator);navigator.sendBeacon=(u,d)=>{log('beacon',u);return b(u,d)};
for(const n of ['WebSocket','EventSource']){const C=window[n];window[n]=function(u,...r){log(n,u);return new C(u,...r)}}}</script>`;

/**
 * The page's network log: requests from scripts (needs {@link NETWORK_RECORDER}) and every
 * resource the document loaded (images, styles, fonts, scripts: resource timing), less the
 * bundle itself and the other `expected` paths.
 */
export function requestsOf(page: TestPage, ...expected: string[]): string[] {
  const own = new Set([BUNDLE, ...expected].map((path) => new URL(path, page.document.baseURI).href));
  const fromScripts = (page.window as unknown as { __requests: string[] }).__requests;
  const loaded = page.window.performance.getEntriesByType('resource').map((entry) => entry.name);
  return [...fromScripts, ...loaded.filter((url) => !own.has(url)).map((url) => `resource ${url}`)];
}

/**
 * Loads a fixture page by its path in a fresh iframe. The page records its own warnings (as
 * `window.__warnings`), as the pages under test/browser/pages/ do.
 */
export async function openPage(src: string, { width = 1024, height = 768 } = {}): Promise<TestPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0`;
  frame.src = src;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis & { __warnings?: string[] };
  return { window: win, document: frame.contentDocument!, warnings: win.__warnings ?? [], frame };
}
