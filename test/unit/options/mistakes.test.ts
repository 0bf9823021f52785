import { describe, expect, it, vi } from 'vitest';
import { CHECKED_ATTRIBUTES, checkText, editDistance, suggestOption, warnMissingContacts, warnUnknownAttributes } from '../../../src/options/mistakes.js';

/** The attributes the element reads (its observedAttributes) and the script tag's data-target. */
const KNOWN = [
  ...'lang fallback-lang audience variant position dismissible remember revision langs contacts report-url theme accent title message check target'.split(' '),
  ...['title', 'message'].flatMap((kind) => ['nl', 'fr', 'de', 'en'].map((language) => `${kind}-${language}`)),
].map((name) => `data-${name}`);

describe('editDistance', () => {
  it('counts inserts, deletes, substitutions and swapped neighbours', () => {
    expect(editDistance('lang', 'lang')).toBe(0);
    expect(editDistance('contact', 'contacts')).toBe(1);
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('theme', 'thyme')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('suggestOption', () => {
  for (const [written, meant] of [
    ['data-language', 'data-lang'],
    ['data-langue', 'data-lang'],
    ['data-lnag', 'data-lang'],
    ['data-text', 'data-message'],
    ['data-titel-nl', 'data-title-nl'],
    ['data-message_fr', 'data-message-fr'],
    ['data-contact', 'data-contacts'],
    ['data-dismissable', 'data-dismissible'],
    ['data-report-link', 'data-report-url'],
    ['data-fallback-language', 'data-fallback-lang'],
    ['DATA-AUDIENCES', 'data-audience'],
    ['data-mesage-nl', 'data-message-nl'],
  ]) {
    it(`takes ${written} for ${meant}`, () => expect(suggestOption(written, KNOWN)).toBe(meant));
  }

  for (const host of [
    'data-gtm-id',
    'data-cfasync',
    'data-cookieconsent',
    'data-cookiecategory',
    'data-domain',
    'data-site',
    'data-id',
    'data-name',
    'data-type',
    'data-category',
    'data-service',
    'data-noptimize',
    'data-website-id',
    'data-content',
    'data-action',
    'data-page',
    'data-label',
  ]) {
    it(`leaves the host's ${host} alone`, () => expect(suggestOption(host, KNOWN)).toBe(undefined));
  }

  it('says nothing about the options themselves or attributes that are not data-*', () => {
    expect(suggestOption('data-lang', KNOWN)).toBe(undefined);
    expect(suggestOption('data-target', KNOWN)).toBe(undefined);
    expect(suggestOption('lang', KNOWN)).toBe(undefined);
  });

  it('warns once per misspelt attribute, naming where it was and the option meant', () => {
    const warn = vi.fn();
    warnUnknownAttributes(['data-lang', 'data-language', 'data-cfasync'], KNOWN, warn);
    expect(warn.mock.calls).toEqual([
      ['data-language is not an option; did you mean data-lang?'],
    ]);
  });
});

describe('hostile attribute names', () => {
  it('a misspelt name of a million characters is still taken for its option, and named short', () => {
    const warn = vi.fn();
    const name = `data-title-${'x'.repeat(1_000_000)}`;
    warnUnknownAttributes([name], KNOWN, warn);
    expect(warn).toHaveBeenCalledTimes(1);
    const [message] = warn.mock.calls[0] as [string];
    expect(message).toMatch(/^data-title-x{29}… is not an option; did you mean data-title/);
    expect(message.length).toBeLessThan(100);
  });

  it(`checks only the first ${CHECKED_ATTRIBUTES} of 20,000 misspelt attributes`, () => {
    const warn = vi.fn();
    const names = Array.from({ length: 20_000 }, (_, index) => `data-title-x${index}`);
    // Control: each of them alone is taken for a misspelt option.
    expect(suggestOption(names[19_999], KNOWN)).to.be.a('string');
    warnUnknownAttributes(names, KNOWN, warn);
    expect(warn).toHaveBeenCalledTimes(CHECKED_ATTRIBUTES);
  });
});

describe('checkText', () => {
  for (const [what, text] of [
    ['zero-width spaces', '\u200b\u200b\u200b'],
    ['braille blanks', '\u2800\u2800'],
    ['combining marks', '\u0301\u0308\u0332'],
    ['a direction override', '\u202e'],
    ['Hangul fillers and a no-break space', '\u3164\u00a0\uffa0'],
  ]) {
    it(`shows the translation, with a warning, for a title of ${what} only`, () => {
      const warn = vi.fn();
      // Control: the browser's trim() leaves these characters in place.
      expect(text.trim()).not.toBe('');
      expect(checkText('data-title', text.trim(), warn)).toBe(undefined);
      expect(warn).toHaveBeenCalledWith('data-title has no visible character; showing the translation.');
    });
  }

  it('keeps a title with one visible character among invisible ones', () => {
    const warn = vi.fn();
    expect(checkText('data-title', '\u200bé\u200b', warn)).toBe('\u200bé\u200b');
    expect(warn).not.toHaveBeenCalled();
  });

  it('keeps ordinary text, balanced quotes included, without a word', () => {
    const warn = vi.fn();
    expect(checkText('data-title', 'Seks met minderjarigen is een misdaad', warn)).toBe('Seks met minderjarigen is een misdaad');
    expect(checkText('data-title', undefined, warn)).toBe(undefined);
    expect(checkText('data-title', 'Een “citaat” binnenin', warn)).toBe('Een “citaat” binnenin');
    expect(warn).not.toHaveBeenCalled();
  });

  it('drops a value cut off at the first space by typographic quotes, and says why', () => {
    const warn = vi.fn();
    expect(checkText('data-title', '“Seks', warn)).toBe(undefined);
    expect(warn.mock.calls[0][0]).toContain('data-title="“Seks" has typographic quotes');
    expect(warn.mock.calls[0][0]).toContain('straight');
    expect(checkText('data-message', 'misdaad.”', warn)).toBe(undefined);
    expect(warn.mock.calls[1][0]).toContain('showing the translation');
  });

  it('keeps a whole text wrapped in typographic quotes but warns that they show', () => {
    const warn = vi.fn();
    expect(checkText('data-title', '« Le titre entier »', warn)).toBe('« Le titre entier »');
    expect(warn.mock.calls[0][0]).not.toContain('translation');
  });

  it('drops a value cut off by an apostrophe after a letter or two', () => {
    const warn = vi.fn();
    expect(checkText('data-title-fr', 'L', warn)).toBe(undefined);
    expect(warn.mock.calls[0][0]).toContain('data-title-fr="L" looks cut off');
    expect(warn.mock.calls[0][0]).toContain('double quotes');
  });
});

describe('warnMissingContacts', () => {
  it('names the expected services a list leaves out', () => {
    const warn = vi.fn();
    warnMissingContacts('data-contacts', '103,sosviol', ['103', 'sosviol'], warn);
    expect(warn.mock.calls[0][0]).toContain('leaves out childfocus and 1712, expected by report-banner check');
    warnMissingContacts('data-contacts', '1712,awel', ['1712', 'awel'], warn);
    expect(warn.mock.calls[1][0]).toMatch(/leaves out childfocus,/);
  });

  it('is silent when both are named, or when the attribute is absent', () => {
    const warn = vi.fn();
    warnMissingContacts('data-contacts', '103,1712,childfocus', ['103', '1712', 'childfocus'], warn);
    warnMissingContacts('data-contacts', undefined, ['childfocus', '1712'], warn);
    expect(warn).not.toHaveBeenCalled();
  });
});
