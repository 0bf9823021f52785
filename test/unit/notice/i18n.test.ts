import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createTranslations } from '../../../src/notice/i18n.js';
import { LANGUAGES } from '../../../src/notice/language.js';

type Tree = { [key: string]: string | Tree };
const locale = (language: string): Tree => JSON.parse(readFileSync(`locales/${language}.json`, 'utf8'));
const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );

describe('locales', () => {
  it('all four hold the same keys; a language may add a context variant of one (French "Site du 1712")', () => {
    const english = keys(locale('en')).sort();
    for (const language of LANGUAGES) {
      const own = keys(locale(language));
      const variants = own.filter((key) => key.endsWith('_number'));
      for (const variant of variants) expect(english, variant).toContain(variant.replace(/_number$/, ''));
      expect(own.filter((key) => !variants.includes(key)).sort(), language).toEqual(english);
    }
  });

  it('never call reporting a legal duty', () => {
    const duty = /verplicht|obligatoire|obligation|verpflichtet|pflicht|must report|required|legal duty/i;
    for (const language of LANGUAGES) expect(JSON.stringify(locale(language)), language).not.toMatch(duty);
  });
});

describe('translations', () => {
  it('fall back to another language for a missing key, never to the raw key', () => {
    const t = createTranslations({
      de: { translation: { label: 'Hinweis' } },
      en: { translation: { label: 'Notice', close: 'Close this notice' } },
    });
    expect(t('de')('close')).toBe('Close this notice');
  });

  it('interpolate without HTML-escaping (Lit renders text safely)', () => {
    expect(createTranslations()('en')('channel.phone', { name: 'A & B', number: '1' })).toBe('Call A & B: 1');
  });

  it('start in one language and take the others on when completed, keeping what was composed', async () => {
    vi.resetModules();
    const { completeTranslations, translate } = await import('../../../src/notice/i18n.js');
    const french = JSON.parse(readFileSync('locales/fr.json', 'utf8')) as { label: string };
    const german = JSON.parse(readFileSync('locales/de.json', 'utf8')) as { label: string };
    const t = translate('fr');
    expect(t('label')).toBe(french.label);
    completeTranslations();
    // The same function: texts composed with it before (text.ts keeps them per function) stay valid.
    expect(translate('fr')).toBe(t);
    expect(translate('de')('label')).toBe(german.label);
  });
});
