import { describe, expect, it } from 'vitest';
import { resolveLanguage, toLanguage } from '../../../src/notice/language.js';

describe('toLanguage', () => {
  it.each([
    ['nl-BE', 'nl'],
    ['fr_BE', 'fr'],
    ['DE', 'de'],
    ['en-GB', 'en'],
    ['es', undefined],
    ['', undefined],
    [null, undefined],
  ])('maps %j to %j', (tag, expected) => {
    expect(toLanguage(tag)).toBe(expected);
  });
});

describe('resolveLanguage', () => {
  it('takes an explicit language as it is', () => {
    expect(resolveLanguage('fr', { documentLanguage: 'nl', browserLanguages: ['de'], fallback: 'en' })).toBe('fr');
  });

  it('auto follows the host page first', () => {
    expect(resolveLanguage('auto', { documentLanguage: 'fr-BE', browserLanguages: ['nl'], fallback: 'en' })).toBe('fr');
  });

  it('auto then follows the browser, skipping unsupported languages', () => {
    expect(resolveLanguage('auto', { documentLanguage: 'es', browserLanguages: ['it', 'nl-BE'], fallback: 'en' })).toBe(
      'nl',
    );
  });

  it('auto ends at the fallback', () => {
    expect(resolveLanguage('auto', { documentLanguage: '', browserLanguages: ['ja'], fallback: 'de' })).toBe('de');
  });
});
