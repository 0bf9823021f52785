/** Colour arithmetic for the contrast check: layers composited, then the banner's own WCAG ratio. */
import { contrastRatio as wcagContrast } from 'report-banner/facts';
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

/**
 * Contrast of text over its background layers. `opacity` (the banner's and its ancestors')
 * fades the text into its background, as a translucent banner does.
 */
export function contrastRatio(text: Rgba, backgrounds: readonly Rgba[], opacity = 1): number {
  const background = flatten(backgrounds);
  const foreground = over([text[0], text[1], text[2], text[3] * opacity], background);
  const rgb = (c: Rgba) => [c[0], c[1], c[2]] as const;
  return Math.round(wcagContrast(rgb(foreground), rgb(background)) * 100) / 100;
}
