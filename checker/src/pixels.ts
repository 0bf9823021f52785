/**
 * What a visitor sees, measured from the screenshot rather than from computed styles: filters,
 * blend modes and layers that ignore the pointer change the pixels but not the DOM.
 */
import pngjs from 'pngjs';
import { contrastRatio } from 'report-banner/facts';
import type { Rect } from './probe.js';

export interface Bitmap {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row by row. */
  data: Uint8Array;
}

export function decodePng(png: Uint8Array): Bitmap {
  const { width, height, data } = pngjs.PNG.sync.read(Buffer.from(png));
  return { width, height, data };
}

/** Share of the pixels, counted from the strongest, taken as the text's own colour (glyph stems). */
const STEM_SHARE = 0.01;

export type Rgb = readonly [number, number, number];

/**
 * The commonest colour of the box (the background) and the colour that stands out most from it,
 * ignoring the strongest 1 % as stray pixels (the text's stems). `undefined` when the box holds no pixel.
 */
export function measuredColours(bitmap: Bitmap, box: Rect): { background: Rgb; text: Rgb } | undefined {
  const left = Math.max(0, Math.floor(box.x));
  const top = Math.max(0, Math.floor(box.y));
  const right = Math.min(bitmap.width, Math.ceil(box.x + box.width));
  const bottom = Math.min(bitmap.height, Math.ceil(box.y + box.height));
  if (right <= left || bottom <= top) return undefined;
  const counts = new Map<number, number>();
  for (let y = top; y < bottom; y += 1) {
    for (let x = left; x < right; x += 1) {
      const i = (y * bitmap.width + x) * 4;
      const key = (bitmap.data[i] << 16) | (bitmap.data[i + 1] << 8) | bitmap.data[i + 2];
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const rgb = (key: number): Rgb => [(key >> 16) & 255, (key >> 8) & 255, key & 255];
  let background = 0;
  let most = -1;
  for (const [key, count] of counts) {
    if (count > most) [background, most] = [key, count];
  }
  const ratios: [number, number, number][] = [...counts].map(([key, count]) => [contrastRatio(rgb(key), rgb(background)), count, key]);
  ratios.sort((a, b) => b[0] - a[0]);
  const skip = Math.floor((right - left) * (bottom - top) * STEM_SHARE);
  let seen = 0;
  for (const [, count, key] of ratios) {
    seen += count;
    if (seen > skip) return { background: rgb(background), text: rgb(key) };
  }
  return { background: rgb(background), text: rgb(background) };
}

/**
 * Contrast between the colours `measuredColours` finds. Anti-aliased edges are lighter than the
 * stems, so a readable text keeps most of its computed ratio; blurred, washed-out or
 * painted-over text loses it. `undefined` when the box holds no pixel.
 */
export function measuredContrast(bitmap: Bitmap, box: Rect): number | undefined {
  const colours = measuredColours(bitmap, box);
  return colours && Math.round(contrastRatio(colours.text, colours.background) * 100) / 100;
}
