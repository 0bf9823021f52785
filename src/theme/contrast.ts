/**
 * WCAG contrast for the operator's accent colour: links and buttons in that colour must keep
 * at least 4.5:1 against the banner's background, whatever colour an operator picks.
 */

export type Rgb = readonly [number, number, number];

export const MIN_CONTRAST = 4.5;

/** The default backgrounds of the two themes (see report-banner.styles.ts). */
export const BACKGROUNDS = { light: [255, 255, 255], dark: [17, 24, 33] } as const satisfies Record<string, Rgb>;

/**
 * Reads the two forms browsers serialise a canvas colour in, `#rrggbb` and
 * `rgba(r, g, b, a)`; a translucent colour is composited over `background`.
 */
export function parseRgb(serialised: string, background: Rgb): Rgb | undefined {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(serialised);
  if (hex) return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16)];
  const rgba = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/i.exec(serialised);
  if (!rgba) return undefined;
  const alpha = rgba[4] === undefined ? 1 : Number(rgba[4]);
  return [1, 2, 3].map((i) => Math.round(alpha * Number(rgba[i]) + (1 - alpha) * background[i - 1])) as unknown as Rgb;
}

function luminance([r, g, b]: Rgb): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

export const toHex = (rgb: Rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/**
 * The colour itself when it has enough contrast on `background`; otherwise the nearest colour
 * that has, found by mixing it step by step towards black (on a light background) or white (on
 * a dark one), so the hue an operator chose stays recognisable.
 */
export function withContrast(color: Rgb, background: Rgb): Rgb {
  const target = luminance(background) > 0.5 ? 0 : 255;
  for (let step = 0; step <= 20; step++) {
    const share = step / 20;
    const mixed = color.map((c) => Math.round(c + (target - c) * share)) as unknown as Rgb;
    if (contrastRatio(mixed, background) >= MIN_CONTRAST) return mixed;
  }
  return [target, target, target];
}
