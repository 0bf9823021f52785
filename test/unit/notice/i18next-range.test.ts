import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

// The published package accepts a range of i18next (package.json), so an app that already has
// one shares it. Every text the banner composes must come out the same with the oldest and the
// newest i18next of that range as with the one the classic script bundles.
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const version = (name: string): string => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;

/** Every text the notice composes, in every language, with the i18next that `i18next` resolves to. */
async function everyText(): Promise<string[]> {
  vi.resetModules();
  const { createTranslations } = await import('../../../src/notice/i18n.js');
  const { contactText, customReportLink, linesOf } = await import('../../../src/notice/text.js');
  const { CONTACTS } = await import('../../../src/notice/contacts.js');
  const { LANGUAGES } = await import('../../../src/notice/language.js');
  const translations = createTranslations();
  const locale = JSON.parse(readFileSync('locales/en.json', 'utf8'));
  const keys = (tree: object, prefix = ''): string[] =>
    Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
  return LANGUAGES.flatMap((language) => {
    const t = translations(language);
    return [
      ...keys(locale).map((key) => t(key, { name: 'N', number: '1', host: 'example.be', languages: 'L' })),
      ...CONTACTS.map((contact) => JSON.stringify(contactText(contact, t, language))),
      customReportLink('https://example.be/form', t).label,
      ...linesOf('witness', t),
      ...linesOf('youth', t),
    ];
  });
}

describe('the i18next range the package accepts', () => {
  it('is the range tested here', () => {
    expect(manifest.dependencies.i18next).toBe('>=24.0.0 <28.0.0');
    expect(version('i18next-oldest')).toBe('24.0.0');
    expect(version('i18next-newest')).toMatch(/^27\./);
  });

  it('composes the same texts with its oldest and newest i18next', async () => {
    const bundled = await everyText();
    expect(bundled.length).toBeGreaterThan(100);
    for (const other of ['i18next-oldest', 'i18next-newest']) {
      vi.doMock('i18next', () => import(other));
      expect(await everyText(), other).toEqual(bundled);
      vi.doUnmock('i18next');
    }
  });
});
