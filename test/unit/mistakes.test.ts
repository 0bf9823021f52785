import { describe, expect, it, vi } from 'vitest';
import { checkText, editDistance, suggestOption, warnMissingContacts, warnUnknownAttributes } from '../../src/mistakes.js';

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
    ['data-text', 'data-message'],
    ['data-titel-nl', 'data-title-nl'],
    ['data-message_fr', 'data-message-fr'],
    ['data-contact', 'data-contacts'],
    ['data-dismissable', 'data-dismissible'],
    ['data-report-link', 'data-report-url'],
    ['data-fallback-language', 'data-fallback-lang'],
    ['DATA-AUDIENCES', 'data-audience'],
    ['data-langauge', 'data-lang'],
    ['data-mesage-nl', 'data-message-nl'],
  ]) {
    it(`takes ${written} for ${meant}`, () => expect(suggestOption(written)).toBe(meant));
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
    it(`leaves the host's ${host} alone`, () => expect(suggestOption(host)).toBe(undefined));
  }

  it('says nothing about the options themselves or attributes that are not data-*', () => {
    expect(suggestOption('data-lang')).toBe(undefined);
    expect(suggestOption('data-target')).toBe(undefined);
    expect(suggestOption('lang')).toBe(undefined);
  });

  it('warns once per misspelt attribute, naming where it was and the option meant', () => {
    const warn = vi.fn();
    warnUnknownAttributes(['data-lang', 'data-language', 'data-cfasync'], warn);
    expect(warn.mock.calls).toEqual([
      ['data-language is not an option and is ignored; did you mean data-lang?'],
    ]);
  });
});

describe('checkText', () => {
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
    expect(warn.mock.calls[0][0]).toContain('data-title="“Seks" starts with a typographic quote');
    expect(warn.mock.calls[0][0]).toContain('straight quotes');
    expect(checkText('data-message', 'misdaad.”', warn)).toBe(undefined);
    expect(warn.mock.calls[1][0]).toContain('ends with a typographic quote');
  });

  it('keeps a whole text wrapped in typographic quotes but warns that they show', () => {
    const warn = vi.fn();
    expect(checkText('data-title', '« Le titre entier »', warn)).toBe('« Le titre entier »');
    expect(warn.mock.calls[0][0]).toContain('The quotes are shown as written.');
  });

  it('drops a value cut off by an apostrophe after a letter or two', () => {
    const warn = vi.fn();
    expect(checkText('data-title-fr', 'L', warn)).toBe(undefined);
    expect(warn.mock.calls[0][0]).toContain('data-title-fr="L" looks cut off');
    expect(warn.mock.calls[0][0]).toContain('&#39;');
  });
});

describe('warnMissingContacts', () => {
  it('names the expected services a list leaves out', () => {
    const warn = vi.fn();
    warnMissingContacts('data-contacts', '103,sosviol', ['103', 'sosviol'], warn);
    expect(warn.mock.calls[0][0]).toContain('leaves out Child Focus and 1712');
    expect(warn.mock.calls[0][0]).toContain('Add childfocus,1712');
    warnMissingContacts('data-contacts', '1712,awel', ['1712', 'awel'], warn);
    expect(warn.mock.calls[1][0]).toContain('leaves out Child Focus:');
  });

  it('is silent when both are named, or when the attribute is absent', () => {
    const warn = vi.fn();
    warnMissingContacts('data-contacts', '103,1712,childfocus', ['103', '1712', 'childfocus'], warn);
    warnMissingContacts('data-contacts', undefined, ['childfocus', '1712'], warn);
    expect(warn).not.toHaveBeenCalled();
  });
});
