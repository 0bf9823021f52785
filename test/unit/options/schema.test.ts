import { describe, expect, it, vi } from 'vitest';
import { KNOWN_ATTRIBUTES, OPTIONS, optionProperties, parseOptions, refusal, type OptionName } from '../../../src/options/schema.js';

const rows = Object.entries(OPTIONS) as [OptionName, (typeof OPTIONS)[OptionName]][];

describe('the option schema', () => {
  it('gives every option one attribute of its own', () => {
    const attributes = rows.map(([, option]) => option.attribute);
    expect(new Set(attributes).size).toBe(rows.length);
    for (const attribute of attributes) expect(attribute).toMatch(/^data-[a-z]+(-[a-z]+)*$/);
    expect(KNOWN_ATTRIBUTES).toEqual([...attributes, 'data-target', 'data-check']);
  });

  it('binds each reactive property to its attribute', () => {
    const properties = optionProperties();
    expect(Object.keys(properties)).toEqual(rows.map(([name]) => name));
    for (const [name, option] of rows) expect(properties[name]).toEqual({ attribute: option.attribute });
  });

  it('reads a page that sets nothing as the defaults, without a warning', () => {
    const warn = vi.fn();
    const parsed = parseOptions({}, warn);
    expect(warn).not.toHaveBeenCalled();
    expect(parsed).toMatchObject({
      language: 'auto',
      fallbackLanguage: 'en',
      audience: 'witness',
      variant: 'bar',
      afterEntry: 'bar',
      position: 'bottom',
      dismissible: true,
      remember: 30,
      revision: '1',
      languages: ['nl', 'fr', 'de', 'en'],
      contacts: undefined,
      reportUrl: undefined,
      theme: 'auto',
      accent: undefined,
      exitUrl: 'https://www.google.com/',
      heading: undefined,
      ageMessageEn: undefined,
      headingBNl: undefined,
      analytics: undefined,
    });
  });

  it('reads data-analytics as a list of the tools, each once, warning of a word that is none', () => {
    const warn = vi.fn();
    expect(parseOptions({ analytics: ' Plausible , google,matomo,plausible' }, warn).analytics).toEqual(['plausible', 'matomo']);
    expect(warn.mock.calls.map(([message]) => message)).toEqual([
      'data-analytics contains "google", which is not one of plausible, matomo, datalayer; it is skipped.',
    ]);
  });

  it('reads an empty data-analytics, or one naming no tool, as none', () => {
    const warn = vi.fn();
    expect(parseOptions({ analytics: '' }, warn).analytics).toBeUndefined();
    expect(parseOptions({ analytics: ' , ' }, warn).analytics).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
    // Each unknown word is warned of.
    expect(parseOptions({ analytics: 'google' }, warn).analytics).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('reads rows in order, so a row can depend on the ones above', () => {
    const warn = vi.fn();
    expect(parseOptions({ variant: 'corner' }, warn).position).toBe('bottom-right');
    expect(parseOptions({ variant: 'age-check', position: 'top' }, warn).position).toBe('top');
    expect(parseOptions({ variant: 'age-check', afterEntry: 'none', position: 'top' }, warn).position).toBe('bottom');
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns about a refused value by its attribute and uses the default', () => {
    const warn = vi.fn();
    const parsed = parseOptions({ remember: 'forever', languages: '', heading: '  Zelf  ' }, warn);
    expect(parsed.remember).toBe(30);
    expect(parsed.languages).toEqual([]);
    expect(parsed.heading).toBe('Zelf');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/^data-remember="forever" is not valid/);
  });
});

describe('refusal: whether the banner refuses a value, for tools that check a tag', () => {
  it('gives the banner\'s warning for a value it replaces by the default', () => {
    expect(refusal('data-remember', '9999')).toMatch(/^data-remember="9999" is not valid; use a whole number of days from 0 to 3650/);
    expect(refusal('data-revision', 'v 2!')).toMatch(/^data-revision="v 2!" is not valid/);
    expect(refusal('data-report-url', 'http://example.be/meld')).toMatch(/is not valid; use an absolute https:\/\/ address/);
    // A name before the host hides the real one: the banner refuses it, however https it looks.
    expect(refusal('data-report-url', 'https://www.childfocus.be@evil.example/')).toMatch(/without "name@"/);
    expect(refusal('data-exit-url', 'javascript:alert(1)')).toMatch(/is not valid/);
    expect(refusal('data-variant', 'banner')).toMatch(/use "bar", "corner"/);
  });

  it('takes a value the banner keeps, even corrected or with a warning', () => {
    expect(refusal('data-remember', '0')).toBeUndefined();
    expect(refusal('data-revision', '2026-12')).toBeUndefined();
    expect(refusal('data-report-url', 'https://example.be/meld')).toBeUndefined();
    // Kept, with a warning: cut to length, or a device's own address.
    expect(refusal('data-title', 'x'.repeat(500))).toBeUndefined();
    expect(refusal('data-report-url', 'https://localhost/meld')).toBeUndefined();
    // Kept with a warning that Child Focus is missing.
    expect(refusal('data-contacts', '1712')).toBeUndefined();
  });

  it('says nothing of an empty value or an attribute that is not an option', () => {
    for (const { attribute } of Object.values(OPTIONS)) expect(refusal(attribute, ''), attribute).toBeUndefined();
    expect(refusal('data-target', '##')).toBeUndefined();
  });
});
