/**
 * The page's colours for the notice (`--report-banner-color`, `-background`, …) are kept only
 * while the notice stays readable with them. A listing's `<style>` can set them as well as the
 * operator's CSS can (equal text and background, a transparent background), so what is checked
 * is what the notice shows, not who set it.
 */
import { MIN_CONTRAST, contrastRatio, parseRgb, type Rgb } from './contrast.js';
import type { Warn } from '../host/warn.js';
import { safeDocument } from '../host/safe-dom.js';

/** The custom properties that set the notice's colours. */
const COLOURS = 'background color muted accent accent-contrast border control-border focus'.split(' ').map((name) => `--report-banner-${name}`);

let canvas: CanvasRenderingContext2D | null | undefined;

/** A computed colour as sRGB over `under`: `rgb()` read as it is, any other form (`oklch()`, `color()`) painted. */
function rgbOf(value: string, under: Rgb): Rgb {
  const read = parseRgb(value, under);
  if (read) return read;
  canvas ??= safeDocument.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!canvas) return under;
  for (const fill of [`rgb(${under})`, value]) {
    canvas.fillStyle = fill;
    canvas.fillRect(0, 0, 1, 1);
  }
  const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

/**
 * Drops the page's colours from `box` (back to the theme's own, inline and `!important`, so no
 * rule of the page reaches past it), with a warning, when the title, a link, a contact's note or
 * a button's text falls below 4.5:1 on its background; the background is taken over white and
 * over black, as a translucent one shows the page through.
 */
export function keepReadable(box: HTMLElement | null, warn: Warn): void {
  if (!box) return;
  const own = getComputedStyle(box);
  // Only these reach the notice's colours (every other declaration is locked): none set, the theme's own show.
  if (COLOURS.every((name) => !own.getPropertyValue(name))) return;
  for (const under of [[255, 255, 255], [0, 0, 0]] as const) {
    const ground = rgbOf(own.backgroundColor, under);
    for (const element of box.querySelectorAll('[part~="title"], a, .contact, .primary')) {
      const { color, backgroundColor } = getComputedStyle(element);
      const behind = rgbOf(backgroundColor, ground);
      if (contrastRatio(rgbOf(color, behind), behind) >= MIN_CONTRAST) continue;
      for (const name of COLOURS) box.style.setProperty(name, 'initial', 'important');
      return warn(`the page’s colours (--report-banner-*) leave the notice unreadable (text needs ${MIN_CONTRAST}:1); using the theme’s own.`);
    }
  }
}
