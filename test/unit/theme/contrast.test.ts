import { describe, expect, it } from 'vitest';
import { BACKGROUNDS, MIN_CONTRAST, contrastRatio, parseRgb, toHex, withContrast, type Rgb } from '../../../src/theme/contrast.js';

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([255, 255, 255], [255, 255, 255])).toBe(1);
    expect(contrastRatio([118, 118, 118], [255, 255, 255])).toBeCloseTo(4.54, 2);
  });
});

describe('parseRgb', () => {
  it('reads the forms a canvas serialises colours in', () => {
    expect(parseRgb('#1f5f99', BACKGROUNDS.light)).toEqual([31, 95, 153]);
    expect(parseRgb('rgba(0, 0, 0, 0.5)', [255, 255, 255])).toEqual([128, 128, 128]);
    expect(parseRgb('oklch(0.5 0.1 200)', BACKGROUNDS.light)).toBeUndefined();
  });
});

describe('the default palettes', () => {
  // Values from report-banner.styles.ts: text, muted notes and accent on each background.
  const palettes: Record<keyof typeof BACKGROUNDS, Record<string, string>> = {
    light: { text: '#1a1f2b', muted: '#4a5261', accent: '#1f5f99', border: '#c5ceda' },
    dark: { text: '#eef2f7', muted: '#b5bfcc', accent: '#8ec5ff', border: '#3a4757' },
  };
  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: text, notes and links reach 4.5:1`, () => {
      const background = BACKGROUNDS[theme];
      for (const role of ['text', 'muted', 'accent']) {
        const ratio = contrastRatio(parseRgb(palettes[theme][role], background)!, background);
        expect(ratio, `${theme} ${role}`).toBeGreaterThanOrEqual(MIN_CONTRAST);
      }
    });
  }
});

describe('withContrast', () => {
  it('keeps an accent that already has enough contrast', () => {
    expect(withContrast([31, 95, 153], BACKGROUNDS.light)).toEqual([31, 95, 153]);
  });

  const failing: [string, Rgb, keyof typeof BACKGROUNDS][] = [
    ['yellow on light', [255, 204, 0], 'light'],
    ['pale pink on light', [255, 192, 203], 'light'],
    ['navy on dark', [0, 0, 128], 'dark'],
    ['black on dark', [0, 0, 0], 'dark'],
  ];
  for (const [name, color, theme] of failing) {
    it(`adjusts ${name} until it reaches 4.5:1`, () => {
      const background = BACKGROUNDS[theme];
      expect(contrastRatio(color, background)).toBeLessThan(MIN_CONTRAST);
      const adjusted = withContrast(color, background);
      expect(contrastRatio(adjusted, background), toHex(adjusted)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    });
  }
});
