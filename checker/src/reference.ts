/**
 * The banner as the page shows it, compared with the same banner drawn alone: its shadow DOM,
 * styles, attributes and custom properties copied onto a blank page at the same viewport. A
 * filter, a blend mode or a layer on top that lets the pointer through changes the page's pixels
 * and not the copy's, whatever CSS did it. `copyBanner` and `drawCopy` run in a browser page, so
 * they stay self-contained.
 */
import pixelmatch from 'pixelmatch';
import type { Browser } from 'puppeteer-core';
import type { Bitmap } from './pixels.js';
import type { BannerProbe, Rect } from './probe.js';

/** Everything the banner's look depends on, as plain data. */
export interface BannerCopy {
  /** The host's attributes (`:host([…])` rules and inline custom properties read them). */
  attributes: [string, string][];
  /** Custom properties the host inherits from the page (`--report-banner-*` theming). */
  properties: [string, string][];
  /** The shadow root's constructed style sheets, as CSS text. */
  styles: string[];
  /** The shadow root's markup. */
  html: string;
  /** Which of the shadow root's dialogs are open as modal dialogs. */
  modal: number[];
  /** The host's box in the viewport: a banner in the page's flow is drawn at the same place, to the fraction of a pixel. */
  box: Rect;
}

/** Reads the banner the probe left under `key` at `index`; null for a static notice. */
export function copyBanner(key: string, index: number): BannerCopy | null {
  const host = (Reflect.get(window, key) as Element[] | undefined)?.[index];
  const root = host?.shadowRoot;
  if (!host || !root) return null;
  const computed = getComputedStyle(host);
  const properties: [string, string][] = [];
  for (let i = 0; i < computed.length; i += 1) {
    const name = computed.item(i);
    if (name.startsWith('--')) properties.push([name, computed.getPropertyValue(name)]);
  }
  return {
    attributes: [...host.attributes].map((attribute): [string, string] => [attribute.name, attribute.value]),
    properties,
    styles: root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')),
    html: root.innerHTML,
    modal: [...root.querySelectorAll('dialog')].flatMap((dialog, i) => (dialog.matches(':modal') ? [i] : [])),
    box: (({ x, y, width, height }) => ({ x, y, width, height }))(host.getBoundingClientRect()),
  };
}

/** Draws the copy in an empty page and answers where its banner lies. */
export async function drawCopy(copy: BannerCopy): Promise<Rect | null> {
  // Glyphs drawn at another fraction of a pixel differ at every edge: the same place avoids that.
  const wrapper = document.createElement('div');
  wrapper.style.position = 'absolute';
  wrapper.style.left = `${copy.box.x}px`;
  wrapper.style.top = `${copy.box.y}px`;
  wrapper.style.width = `${copy.box.width}px`;
  const host = document.createElement('report-banner');
  for (const [name, value] of copy.attributes) host.setAttribute(name, value);
  for (const [name, value] of copy.properties) host.style.setProperty(name, value);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = copy.styles.map((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return sheet;
  });
  // The markup comes from the checked page: nothing in it may run here.
  const template = document.createElement('template');
  template.innerHTML = copy.html;
  template.content.querySelectorAll('script, iframe, object, embed').forEach((element) => element.remove());
  for (const element of template.content.querySelectorAll('*')) {
    for (const { name } of [...element.attributes]) if (/^on/i.test(name)) element.removeAttribute(name);
  }
  root.append(template.content);
  wrapper.append(host);
  document.body.append(wrapper);
  const dialogs = [...root.querySelectorAll('dialog')];
  for (const i of copy.modal) {
    dialogs[i].close();
    dialogs[i].showModal();
    // The banner focuses its dialog itself, not its first control.
    dialogs[i].focus();
  }
  await document.fonts.ready;
  await Promise.all(document.getAnimations().map((animation) => animation.finished)).catch(() => undefined);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const banner = root.querySelector('[part~="banner"]');
  if (!banner) return null;
  const { x, y, width, height } = banner.getBoundingClientRect();
  return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
}

export interface ViewportSize {
  width: number;
  height: number;
  mobile: boolean;
}

/** The copy drawn alone at the page's viewport, in a context of its own: the screenshot and the banner's box. */
export async function drawReference(browser: Browser, copy: BannerCopy, viewport: ViewportSize): Promise<{ png: Uint8Array; rect: Rect | null }> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const { width, height, mobile } = viewport;
    await page.setViewport({ width, height, isMobile: mobile, hasTouch: mobile, deviceScaleFactor: 1 });
    await page.setContent('<!doctype html><html><head><meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="margin:0"></body></html>');
    const rect = await page.evaluate(drawCopy, copy);
    return { png: await page.screenshot({ type: 'png' }), rect };
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** Banner boxes this many px apart in width or height are laid out differently: their pixels cannot be compared. */
const SIZE_TOLERANCE = 2;

/** Bytes of `bitmap` inside the box at (x, y), row by row. */
function crop(bitmap: Bitmap, x: number, y: number, width: number, height: number): Uint8Array {
  const out = new Uint8Array(width * height * 4);
  for (let row = 0; row < height; row += 1) {
    const start = ((y + row) * bitmap.width + x) * 4;
    out.set(bitmap.data.subarray(start, start + width * 4), row * width * 4);
  }
  return out;
}

/** The pixels of a crop unlike its commonest colour (the background): the text's ink, anti-aliasing included. */
function inkOf(pixels: Uint8Array): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < pixels.length; i += 4) {
    const key = (pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return pixels.length / 4 - Math.max(0, ...counts.values());
}

/**
 * How much of the banner's visible text looks different on the page than in the reference: the
 * pixels that differ (anti-aliasing aside) as a share of the reference text's ink, at most 1; 0 is
 * the same picture. Counting against the ink, not the box, keeps a veil that leaves a white
 * background white as visible as a blur. Only text boxes are compared, so the banner's
 * surroundings never count. `undefined` when the two banners are not laid out alike or no text is
 * on screen.
 */
export function textDifference(page: Bitmap, reference: Bitmap, banner: BannerProbe, referenceRect: Rect): number | undefined {
  const { rect } = banner;
  if (Math.abs(rect.width - referenceRect.width) > SIZE_TOLERANCE || Math.abs(rect.height - referenceRect.height) > SIZE_TOLERANCE) {
    return undefined;
  }
  const dx = referenceRect.x - rect.x;
  const dy = referenceRect.y - rect.y;
  let differing = 0;
  let ink = 0;
  for (const { visibleRect: box } of banner.samples) {
    // The part of the text box inside both screenshots.
    const left = Math.max(0, Math.floor(box.x), -dx);
    const top = Math.max(0, Math.floor(box.y), -dy);
    const right = Math.min(page.width, Math.ceil(box.x + box.width), reference.width - dx);
    const bottom = Math.min(page.height, Math.ceil(box.y + box.height), reference.height - dy);
    const width = right - left;
    const height = bottom - top;
    if (width <= 0 || height <= 0) continue;
    const drawn = crop(reference, left + dx, top + dy, width, height);
    differing += pixelmatch(crop(page, left, top, width, height), drawn, undefined, width, height, { threshold: 0.1 });
    ink += inkOf(drawn);
  }
  return ink === 0 ? undefined : Math.round(Math.min(1, differing / ink) * 1000) / 1000;
}

/** The banner against its reference rendering, as recorded in the evidence. */
export type ReferenceComparison =
  | {
      compared: true;
      /** How much of the text looks different, 0 to 1 (see `textDifference`). */
      difference: number;
      /** The reference screenshot, saved when the difference is reported. */
      screenshot?: string;
    }
  | { compared: false; reason: string };
