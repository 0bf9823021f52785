import { readFileSync } from 'node:fs';
import { words } from '../reading.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXIT_URL } from '../../../src/age-check/options.js';
import { OPTIONS } from '../../../src/options/schema.js';
import type { Warn } from '../../../src/host/warn.js';
import { LANGUAGES } from '../../../src/notice/language.js';
import { resolveOptions } from '../../../src/options/resolve.js';
import { adultKey, isDismissed, isRemembered, remember, storageKey } from '../../../src/host/storage.js';

const collect = () => {
  const warnings: string[] = [];
  return { warnings, warn: (message: string) => void warnings.push(message) };
};
const context = { documentLanguage: 'nl', browserLanguages: [] };

const parseExitUrl = (attribute: string, value: unknown, warn: Warn) => OPTIONS.exitUrl.parse(attribute, value, warn, {});
const parseAfterEntry = (attribute: string, value: unknown, warn: Warn) => OPTIONS.afterEntry.parse(attribute, value, warn, {});

describe('age-check options', () => {
  it('data-exit-url takes https addresses (and http on loopback, for tests); anything else warns and uses the default', () => {
    const { warnings, warn } = collect();
    expect(parseExitUrl('data-exit-url', undefined, warn)).toBe(DEFAULT_EXIT_URL);
    expect(parseExitUrl('data-exit-url', ' https://www.meteo.be/nl ', warn)).toBe('https://www.meteo.be/nl');
    expect(warnings).toEqual([]);
    // Kept, with a warning: it works on the operator's computer and nowhere else.
    expect(parseExitUrl('data-exit-url', 'http://localhost:8000/weather', warn)).toBe('http://localhost:8000/weather');
    expect(warnings.splice(0)).toEqual(['data-exit-url="http://localhost:8000/weather" leads to this device itself (localhost), which no visitor can reach.']);
    for (const bad of ['http://example.com/', 'javascript:alert(1)', '/relative', 'https://', 'http://localhost.evil.com/']) {
      expect(parseExitUrl('data-exit-url', bad, warn), bad).toBe(DEFAULT_EXIT_URL);
    }
    expect(warnings).toHaveLength(5);
    expect(warnings[0]).toContain('data-exit-url="http://example.com/" is not valid; use an absolute https:// address');
  });

  it('data-exit-url refuses an address that shows one host and leads to another', () => {
    const { warnings, warn } = collect();
    // Control: the URL parser takes the part after "@" as the host, and the Cyrillic "о" as another letter.
    expect(new URL('https://www.google.com@evil.example/').hostname).toBe('evil.example');
    expect(new URL('https://www.g\u043e\u043egle.com/').hostname).not.toBe('www.google.com');
    expect(parseExitUrl('data-exit-url', 'https://www.google.com@evil.example/', warn)).toBe(DEFAULT_EXIT_URL);
    expect(parseExitUrl('data-exit-url', 'https://www.g\u043e\u043egle.com/', warn)).toBe(DEFAULT_EXIT_URL);
    expect(warnings[0]).toContain('use an address without "name@" before its host, which hides the real one (evil.example)');
    expect(warnings[1]).toContain('use the host as www.xn--ggle-55da');
    // Written as it is, a host of other scripts is taken: it no longer passes for another.
    expect(parseExitUrl('data-exit-url', 'https://www.xn--ggle-55da.com/', warn)).toBe('https://www.xn--ggle-55da.com/');
    expect(warnings).toHaveLength(2);
  });

  it('data-then is "bar" (default) or "none"', () => {
    const { warnings, warn } = collect();
    expect(parseAfterEntry('data-then', undefined, warn)).toBe('bar');
    expect(parseAfterEntry('data-then', 'NONE', warn)).toBe('none');
    expect(parseAfterEntry('data-then', 'corner', warn)).toBe('bar');
    expect(warnings).toHaveLength(1);
  });

  it('behind an age check, data-position is the position of the bar that follows', () => {
    const { warn } = collect();
    expect(resolveOptions({ variant: 'age-check', position: 'top' }, context, warn).position).toBe('top');
    expect(resolveOptions({ variant: 'age-check', position: 'top', afterEntry: 'none' }, context, warn).position).toBe('bottom');
  });

  it('takes NGO wording for the age check per language', () => {
    const { warn } = collect();
    const { texts } = resolveOptions({ variant: 'age-check', ageHeading: 'Eigen vraag', ageMessageFr: 'Mon message' }, context, warn);
    expect(texts['age-title-all']).toBe('Eigen vraag');
    expect(texts['age-message-fr']).toBe('Mon message');
  });
});

describe('age-check memory', () => {
  it('keeps "18 or older" apart from a dismissal, per revision', () => {
    const items = new Map<string, string>();
    const store = { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
    expect(remember(store, adultKey('2'), 30, 0)).toBe(true);
    expect([...items.keys()]).toEqual(['report-banner:adult:2']);
    expect(adultKey('2')).not.toBe(storageKey('2'));
    expect(isRemembered(store, adultKey('2'), 1000)).toBe(true);
    expect(isRemembered(store, adultKey('3'), 1000)).toBe(false);
    expect(isDismissed(store, '2', 1000)).toBe(false);
  });
});

describe('age-check texts', () => {
  type Texts = Record<string, string>;
  const ageCheck = (language: string): Texts => JSON.parse(readFileSync(`locales/${language}.json`, 'utf8')).ageCheck;
  /** The question's message is the client notice's (test/unit/notice/text.test.ts checks it as such). */
  const question = (language: string): string => JSON.parse(readFileSync(`locales/${language}.json`, 'utf8')).client.message;

  it('keep every paragraph to 25 words and every title to 40 characters, as the bar does', () => {
    for (const language of LANGUAGES) {
      const texts = ageCheck(language);
      for (const key of ['title', 'youthTitle']) expect(texts[key].length, `${language} ${key}`).toBeLessThanOrEqual(40);
      for (const key of ['youthMessage', 'adultsOnly']) {
        for (const paragraph of texts[key].split('\n')) expect(words(paragraph), `${language} ${key}: ${paragraph}`).toBeLessThanOrEqual(25);
      }
    }
  });

  it('send the offered minor to 116 000, not to the images reporting point; promise no service as free', () => {
    const call = { nl: /Bel Child Focus/, fr: /Appelez Child Focus/, de: /Rufen Sie Child Focus an/, en: /Call Child Focus/ };
    for (const language of LANGUAGES) {
      const [, , offered] = question(language).split('\n');
      expect(offered, language).toMatch(call[language]);
      expect(offered, language).toContain('116\u00a0000');
      expect(question(language), language).not.toMatch(/Meld het|Signalez|Melden Sie es|Report it/i);
      expect(ageCheck(language).youthMessage, language).not.toMatch(/gratis|gratuit|kostenlos|\bfree\b/i);
    }
  });

  it('name what happens on these sites to the young visitor, never "pressure", which they seldom call it', () => {
    const situations = { nl: /naaktfoto’s.*seks in ruil/, fr: /photos ou vidéos nues.*en échange/, de: /Nacktfotos.*Sex gegen/, en: /nude photos.*sex in return/ };
    for (const language of LANGUAGES) {
      const text = ageCheck(language).youthMessage;
      expect(text, language).toMatch(situations[language]);
      expect(text, language).not.toMatch(/druk|dräng|pressur|pousse|pression/i);
    }
  });

  it('say "under 18" explicitly (sexual majority is 16) and that paying a minor for sex is a crime', () => {
    const under18 = { nl: /jonger dan 18/, fr: /moins de 18\u00a0ans/, de: /unter 18/, en: /under 18/ };
    const crime = { nl: /strafbaar/, fr: /infraction/, de: /strafbar/, en: /crime/ };
    for (const language of LANGUAGES) {
      expect(question(language), language).toMatch(under18[language]);
      expect(question(language), language).toMatch(crime[language]);
      expect(ageCheck(language).minor, language).toMatch(/18/);
    }
  });
});
