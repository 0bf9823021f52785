/**
 * The operator's accent colour (`data-accent`), read through the browser's own colour parser and
 * adjusted per theme so links and buttons keep WCAG contrast on that theme's background.
 */
import { BACKGROUNDS, MIN_CONTRAST, contrastRatio, parseRgb, toHex, withContrast } from './contrast.js';
import type { Warn } from '../host/warn.js';
import { safeDocument } from '../host/safe-dom.js';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The accent to use on each theme's background. */
export interface Accent {
  light: string;
  dark: string;
}

/**
 * Values CSS accepts as a colour that only mean something where they are used (the cascade, the
 * theme, the system, the element), not as one colour whose contrast can be checked.
 */
const CASCADE_ONLY = /var\(|env\(|attr\(|light-dark\(|currentcolor|accentcolor|inherit|initial|unset/i;

/** The canvas's serialisation of `value`; one it refuses leaves fillStyle at `start`. */
function serialise(context: CanvasRenderingContext2D, value: string, start: string): string {
  context.fillStyle = start;
  context.fillStyle = value;
  return String(context.fillStyle);
}

/**
 * The accent for each theme, darkened or lightened where it would not reach 4.5:1 on that theme's
 * background; a warning names each change for the theme(s) that can show.
 */
export function resolveAccent(value: unknown, themeShown: Theme, warn: Warn): Accent | undefined {
  const text = value === undefined || value === null ? '' : String(value).trim();
  if (!text) return undefined;
  // A canvas serialises any CSS colour to `#rrggbb` or `rgba()`, so no colour grammar ships here.
  const context = CSS.supports('color', text) ? safeDocument.createElement('canvas').getContext('2d') : null;
  const serialised = context && !CASCADE_ONLY.test(text) ? serialise(context, text, '#000') : undefined;
  // Tried from two starting colours, so a refused value does not pass as black.
  if (context && serialised === serialise(context, text, '#fff')) {
    const accent: Partial<Accent> = {};
    for (const theme of ['light', 'dark'] as const) {
      const color = parseRgb(serialised, BACKGROUNDS[theme]);
      if (!color) break;
      accent[theme] = toHex(withContrast(color, BACKGROUNDS[theme]));
      if (accent[theme] !== toHex(color) && (themeShown === 'auto' || themeShown === theme)) {
        const ratio = contrastRatio(color, BACKGROUNDS[theme]).toFixed(1);
        warn(
          `data-accent=${JSON.stringify(text)} has a contrast of ${ratio}:1 on the ${theme} background; ` +
            `using ${accent[theme]} there instead (text needs at least ${MIN_CONTRAST}:1).`,
        );
      }
    }
    if (accent.light && accent.dark) return { light: accent.light, dark: accent.dark };
  }
  warn(
    `data-accent=${JSON.stringify(text)} is not valid; use a CSS colour in hex, rgb(), hsl() or by name, such as "#1f5f99". Using the default.`,
  );
  return undefined;
}

/**
 * Sets the accent on the banner's box through the CSSOM: a style attribute is inline style, which
 * a strict Content-Security-Policy refuses and reports to the host page. `!important`, as the
 * style sheets' own declarations are (see `locked` in element/report-banner.styles.ts).
 */
export function applyAccent(box: HTMLElement | null, accent: Accent | undefined): void {
  for (const theme of ['light', 'dark'] as const) {
    if (accent) box?.style.setProperty(`--_accent-${theme}`, accent[theme], 'important');
    else box?.style.removeProperty(`--_accent-${theme}`);
  }
}
