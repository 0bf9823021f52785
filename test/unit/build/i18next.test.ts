import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { UNUSED, evaluateOnFirstUse, leaveOutUnused, silenceLogger } from '../../../build/i18next.mjs';
import type { Language } from '../../../src/notice/language.js';

const file = createRequire(import.meta.url).resolve('i18next').replace(/[\\/]dist[\\/].*$/, '/dist/esm/i18next.js');
const installed = readFileSync(file, 'utf8');

/** The installed i18next with the build's three rewrites, as the classic script gets it. */
function rewrite(code: string): string | Error {
  let result: string | Error = leaveOutUnused(code);
  for (const next of [silenceLogger, evaluateOnFirstUse]) if (!(result instanceof Error)) result = next(result);
  return result;
}

type I18nextModule = { default: { createInstance: typeof import('i18next').default.createInstance } };

/** The rewritten module, imported from a file of its own. */
async function rewritten(): Promise<I18nextModule> {
  const code = rewrite(installed);
  if (code instanceof Error) throw code;
  const path = join(mkdtempSync(join(tmpdir(), 'i18next-')), 'i18next.mjs');
  writeFileSync(path, code);
  return import(pathToFileURL(path).href);
}

type Banner = typeof import('../../../src/notice/i18n.js');

/** src/notice/i18n.ts, fresh, on top of the given i18next module. */
async function bannerOn(i18next: I18nextModule): Promise<Banner> {
  vi.resetModules();
  vi.doMock('i18next', () => i18next);
  try {
    return await import('../../../src/notice/i18n.js');
  } finally {
    vi.doUnmock('i18next');
  }
}

type Tree = { [key: string]: string | Tree };
const english: Tree = JSON.parse(readFileSync('locales/en.json', 'utf8'));
/** Every key the banner can ask for: the locales' keys without their plural or context ending. */
const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key.replace(/_(?:one|other|number)$/, '')}`] : keys(value, `${prefix}${key}.`),
  );
const KEYS = [...new Set(keys(english)), 'no.such.key'];
const LANGUAGES: Language[] = ['nl', 'fr', 'de', 'en'];
/** What the banner passes: nothing, values (one of which looks like i18next's own syntax), counts, a context. */
const OPTIONS = [
  undefined,
  { name: 'Child Focus', number: '116 000', channel: '116 000', facts: 'free, 24/7', host: 'example.be', languages: 'NL, FR' },
  { name: '$t(more) {{number}}', number: '<b>1712</b>' },
  { count: 0 },
  { count: 1 },
  { count: 2 },
  { count: 7 },
  { name: 'Child Focus', context: 'number' },
  { name: 'Child Focus', context: 'chat' },
];

/** Every key in every language with every option, through the banner's own set-up on `i18next`. */
async function everyText(i18next: I18nextModule): Promise<string[]> {
  const banner = await bannerOn(i18next);
  // The banner's two ways in: one language first (translate), then all (completeTranslations);
  // and a translator over resources of its own, here Dutch with a key missing (fallbacks).
  const first = banner.translate('fr');
  const before = KEYS.map((key) => first(key));
  banner.completeTranslations();
  const { nl, ...others } = banner.RESOURCES;
  const { more: _, ...dutch } = nl.translation as Tree;
  const partial = banner.createTranslations({ ...others, nl: { translation: dutch } });
  const all = LANGUAGES.flatMap((language) => {
    const t = banner.translate(language);
    return KEYS.flatMap((key) => OPTIONS.map((options) => `${language} ${key} ${JSON.stringify(options)}: ${t(key, options)}`));
  });
  return [...before, ...all, ...['more', 'close', 'no.such.key'].map((key) => partial('nl')(key))];
}

describe('build/i18next.mjs, on the installed i18next', () => {
  it('finds each part it leaves out exactly once, and the module ends in its export list', () => {
    for (const { from, to } of UNUSED) {
      expect(installed.split(from).length - 1, from).toBe(1);
      expect(installed.split(to).length - 1, to).toBe(1);
    }
    expect(rewrite(installed)).not.toBeInstanceOf(Error);
  });

  it('leaves out what the banner never runs, and the logger calls are free to drop', () => {
    const trimmed = leaveOutUnused(installed) as string;
    const gone = [
      'queueLoad(', // backend connector
      'Intl.NumberFormat', // formatter
      'consoleLogger', // logger output
      'this.observers', // events
      'nestingRegexp', // nesting
      'postProcessor', // post-processors
      'keysFromSelector(keys', // selector keys
      'looksLikeObjectPath(key', // namespace in the key
      'saveMissing(', // missing keys reported
      'returnObjects options is not enabled', // objects as results
      'getUsedParamsDetails(', // returnDetails
      'getPluralFormsOfKey', // plural forms listed
      "'ckb'", // dir()'s right-to-left list
      'cloneInstance(',
      'loadNamespaces(',
      'languageDetector.detect',
      'supportedLngs.find',
      'use(module)',
      '&quot;', // HTML escaping
      'deprecateDottedLng', // dotted languages
      'deepExtend(pack', // deep merges
      'hasDefaultValue', // default values
      'cacheUserLanguage', // language detector
    ];
    for (const text of gone) {
      expect(installed, text).toContain(text);
      expect(trimmed, text).not.toContain(text);
    }
    expect(trimmed.length).toBeLessThan(installed.length / 2);
    const silenced = silenceLogger(trimmed) as string;
    expect(silenced.match(/\bthis\.logger\.\w+\(/g)?.length).toBeGreaterThan(5);
    expect(silenced).not.toMatch(/(?<!\/\*#__PURE__\*\/ )\bthis\.logger\.(?:log|warn|error|deprecate|once)\(/);
  });

  it('translates every text of the banner, in every language, with values, plurals, context and fallbacks, as the untouched module does', async () => {
    const untouched = await everyText((await import(pathToFileURL(file).href)) as I18nextModule);
    const texts = await everyText(await rewritten());
    expect(texts).toEqual(untouched);
    // And the untouched answers are the ones the banner needs, so the comparison can fail.
    const find = (start: string) => texts.find((text) => text.startsWith(start));
    expect(find('en ageCheck.pressMore {"count":1}')).toMatch(/: [^{]*\bonce\b/i);
    expect(find('en ageCheck.pressMore {"count":7}')).toContain('7');
    expect(find('fr channel.site {"name":"Child Focus","context":"number"}')).not.toBe(find('fr channel.site {"name":"Child Focus","context":"chat"}'));
    expect(find('nl channel.report {"name":"$t(more) {{number}}"')).toContain('$t(more) {{number}}');
    expect(find('de no.such.key undefined')).toBe('de no.such.key undefined: no.such.key');
    expect(texts.at(-3)).toBe((english.more as string));
    expect(texts.at(-1)).toBe('no.such.key');
  });

  it('stops on a module of another shape, naming the part', () => {
    for (const cut of UNUSED) {
      // The part it opens with, or the text that follows it, found twice: this part's name, or
      // that of the part before when its following text is this one's opening.
      const names = UNUSED.filter((other) => other === cut || other.to === cut.from).map(({ from }) => from.trim());
      for (const text of [cut.from, cut.to]) {
        const changed = leaveOutUnused(installed.replace(text, `${text}${text}`));
        expect(changed, text).toBeInstanceOf(Error);
        expect(names.some((name) => String(changed).includes(name)), `${changed}`).toBe(true);
      }
      expect(String(leaveOutUnused(installed.replace(cut.from, '')))).toMatch(/i18next changed shape around/);
    }
    expect(silenceLogger(installed)).toBeInstanceOf(Error);
    expect(silenceLogger((leaveOutUnused(installed) as string).replaceAll('this.logger.', 'this.log.'))).toBeInstanceOf(Error);
    expect(evaluateOnFirstUse(`import x from 'y';\n${installed}`)).toBeInstanceOf(Error);
  });
});
