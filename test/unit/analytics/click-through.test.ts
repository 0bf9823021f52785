import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The README's worked example of reading click-through per wording, computed from the formulas
 * it gives: Wilson's score interval per wording, Newcombe's interval for their difference.
 */
const Z = 1.959964;

function wilson(clicks: number, impressions: number) {
  const p = clicks / impressions;
  const n = impressions;
  const centre = (p + (Z * Z) / (2 * n)) / (1 + (Z * Z) / n);
  const half = (Z * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n))) / (1 + (Z * Z) / n);
  return { p, low: centre - half, high: centre + half };
}

function difference(a: ReturnType<typeof wilson>, b: ReturnType<typeof wilson>) {
  const d = b.p - a.p;
  return { d, low: d - Math.hypot(b.p - b.low, a.high - a.p), high: d + Math.hypot(b.high - b.p, a.p - a.low) };
}

const percent = (value: number) => (value * 100).toFixed(2);
const section = readFileSync('README.md', 'utf8').split('### Comparing two wordings')[1].split('\n## ')[0];

describe("the README's click-through example", () => {
  it('gives the intervals the formulas give', () => {
    const a = wilson(30, 2000);
    const b = wilson(52, 2000);
    const d = difference(a, b);
    expect([percent(a.p), percent(a.low), percent(a.high)]).toEqual(['1.50', '1.05', '2.13']);
    expect([percent(b.p), percent(b.low), percent(b.high)]).toEqual(['2.60', '1.99', '3.39']);
    expect([percent(d.d), percent(d.low), percent(d.high)]).toEqual(['1.10', '0.22', '2.01']);
    const example = section.replace(/\s+/g, ' ');
    expect(example).toContain('wording a, 2000 impressions and 30 clicks: 1.50% (interval 1.05%–2.13%)');
    expect(example).toContain('wording b, 2000 and 52: 2.60% (1.99%–3.39%)');
    expect(example).toContain('The difference, 1.10 points, has the interval 0.22–2.01 points');
  });

  it('a wording that did no better gets an interval around 0', () => {
    const d = difference(wilson(30, 2000), wilson(33, 2000));
    expect(d.low).toBeLessThan(0);
    expect(d.high).toBeGreaterThan(0);
  });
});
