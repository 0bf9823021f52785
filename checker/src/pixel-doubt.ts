/**
 * Whether the screenshot shows the banner's text in the colours its styles give. When it does,
 * nothing the page paints (a filter, a blend mode, a veil that lets the pointer through) changed
 * it, and drawing the banner alone for comparison (reference.ts) would find no difference: the
 * checker then skips that drawing, the costliest of its looks.
 */
import { flatten, over } from './colour.js';
import { measuredColours, type Bitmap, type Rgb } from './pixels.js';
import type { BannerProbe, Rgba } from './probe.js';

/** Largest difference of one channel (0–255) still taken as the same colour: rounding and colour conversion, not a veil. */
const SAME_COLOUR = 12;

const close = (a: Rgb, b: Rgba) => [0, 1, 2].every((i) => Math.abs(a[i] - b[i]) <= SAME_COLOUR);

/**
 * True when every run of text on screen shows its styled background as its commonest colour and
 * its styled text colour as the colour standing out most. False when anything is in doubt: a
 * translucent banner, text over an image, a run not on screen, or colours that differ.
 */
export function pixelsAsStyled(bitmap: Bitmap, banner: BannerProbe): boolean {
  if (banner.opacity < 1 || banner.samples.length === 0) return false;
  return banner.samples.every((sample) => {
    if (sample.backgroundImage) return false;
    const measured = measuredColours(bitmap, sample.visibleRect);
    if (!measured) return false;
    const background = flatten(sample.backgrounds);
    return close(measured.background, background) && close(measured.text, over(sample.color, background));
  });
}

/** The reason recorded when the banner was not drawn alone because its pixels agree with its styles. */
export const AS_STYLED = 'The screenshot shows its text in the colours its styles give: nothing painted over it or filtered.';
