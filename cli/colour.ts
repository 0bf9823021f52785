/** Colour arithmetic for the contrast check (WCAG 2 relative luminance and contrast ratio). */
import type { Rgba } from './probe.js';

const WHITE: Rgba = [255, 255, 255, 1];

/** `top` painted over the opaque colour `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  const mix = (i: number) => top[i] * a + bottom[i] * (1 - a);
  return [mix(0), mix(1), mix(2), 1];
}

/** The opaque background made by stacked layers (innermost first) on a white canvas. */
export function flatten(layers: readonly Rgba[]): Rgba {
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), WHITE);
}

function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * Contrast of text over its background layers. `opacity` (the banner's and its ancestors')
 * fades the text into its background, as a translucent banner does.
 */
export function contrastRatio(text: Rgba, backgrounds: readonly Rgba[], opacity = 1): number {
  const background = flatten(backgrounds);
  const foreground = over([text[0], text[1], text[2], text[3] * opacity], background);
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return Math.round(((light + 0.05) / (dark + 0.05)) * 100) / 100;
}
