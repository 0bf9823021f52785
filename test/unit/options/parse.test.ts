import { describe, expect, it, vi } from 'vitest';
import {
  MAX_TEXT_LENGTH,
  parseBoolean,
  parseChoice,
  parseDays,
  parseHttpsUrl,
  parseList,
  parsePosition,
  parseRevision,
  parseText,
} from '../../../src/options/parse.js';

const AUDIENCES = ['witness', 'youth'] as const;

describe('parseChoice', () => {
  it('accepts allowed words, whatever their case and spacing', () => {
    const warn = vi.fn();
    expect(parseChoice('data-audience', ' Youth ', AUDIENCES, 'witness', warn)).toBe('youth');
    expect(warn).not.toHaveBeenCalled();
  });

  it('uses the default for a missing or empty value without warning', () => {
    const warn = vi.fn();
    expect(parseChoice('data-audience', undefined, AUDIENCES, 'witness', warn)).toBe('witness');
    expect(parseChoice('data-audience', '', AUDIENCES, 'witness', warn)).toBe('witness');
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns once, naming the attribute, the value and what is allowed, and uses the default', () => {
    const warn = vi.fn();
    expect(parseChoice('data-audience', 'everyone', AUDIENCES, 'witness', warn)).toBe('witness');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toBe(
      'data-audience="everyone" is not valid; use "witness", "youth". Using "witness".',
    );
  });
});

describe('parseBoolean', () => {
  it.each([
    ['true', true],
    ['false', false],
    ['FALSE', false],
    ['', true],
    [false, false],
  ])('reads %j as %j', (value, expected) => {
    const warn = vi.fn();
    expect(parseBoolean('data-dismissible', value, true, warn)).toBe(expected);
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns about anything else', () => {
    const warn = vi.fn();
    expect(parseBoolean('data-dismissible', 'nope', true, warn)).toBe(true);
    expect(warn.mock.calls[0][0]).toMatch(/^data-dismissible="nope" is not valid; use "true" or "false"/);
  });
});

describe('parseDays', () => {
  it('accepts whole days, including 0', () => {
    const warn = vi.fn();
    expect(parseDays('data-remember', '0', 30, warn)).toBe(0);
    expect(parseDays('data-remember', '365', 30, warn)).toBe(365);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each(['soon', '-1', '1.5', '1e3', '99999'])('refuses %j with a warning', (value) => {
    const warn = vi.fn();
    expect(parseDays('data-remember', value, 30, warn)).toBe(30);
    expect(warn.mock.calls[0][0]).toContain(`data-remember="${value}"`);
    expect(warn.mock.calls[0][0]).toContain('Using "30"');
  });
});

describe('parseRevision', () => {
  it('accepts short tokens and refuses anything that could not be a storage key part', () => {
    const warn = vi.fn();
    expect(parseRevision('data-revision', '2026-11', '1', warn)).toBe('2026-11');
    expect(parseRevision('data-revision', 'a b', '1', warn)).toBe('1');
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('parseText', () => {
  it('keeps text as it is, trimmed', () => {
    const warn = vi.fn();
    expect(parseText('data-title', '  <b>Hi</b> ', warn)).toBe('<b>Hi</b>');
    expect(parseText('data-title', '   ', warn)).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });

  it('cuts overly long text with a warning', () => {
    const warn = vi.fn();
    expect(parseText('data-message', 'x'.repeat(MAX_TEXT_LENGTH + 5), warn)).toHaveLength(MAX_TEXT_LENGTH);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('parseHttpsUrl', () => {
  it('accepts absolute https addresses', () => {
    const warn = vi.fn();
    expect(parseHttpsUrl('data-report-url', 'https://ngo.example/report?x=1', warn)).toBe(
      'https://ngo.example/report?x=1',
    );
    expect(warn).not.toHaveBeenCalled();
  });

  it.each(['http://ngo.example/', 'javascript:alert(1)', 'data:text/html,hi', '/relative', 'ngo.example'])(
    'refuses %j with a warning',
    (value) => {
      const warn = vi.fn();
      expect(parseHttpsUrl('data-report-url', value, warn)).toBeUndefined();
      expect(warn.mock.calls[0][0]).toContain('data-report-url=');
      expect(warn.mock.calls[0][0]).toContain('https://');
    },
  );
});

describe('parseList', () => {
  it('keeps order, drops repeats and skips unknown words with a warning', () => {
    const warn = vi.fn();
    expect(parseList('data-langs', 'fr, nl, fr, xx', ['nl', 'fr', 'de', 'en'], ['nl'], warn)).toEqual(['fr', 'nl']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toContain('"xx"');
  });
});

describe('parsePosition', () => {
  it('depends on the variant', () => {
    const warn = vi.fn();
    expect(parsePosition('data-position', 'top', 'bar', warn)).toBe('top');
    expect(parsePosition('data-position', undefined, 'corner', warn)).toBe('bottom-right');
    expect(parsePosition('data-position', 'bottom-left', 'corner', warn)).toBe('bottom-left');
    expect(warn).not.toHaveBeenCalled();
    expect(parsePosition('data-position', 'top', 'corner', warn)).toBe('bottom-right');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('never cuts a character in half (a surrogate pair across the limit goes whole)', () => {
    const text = 'x'.repeat(MAX_TEXT_LENGTH - 1) + '😀' + 'y';
    const cut = parseText('data-title', text, vi.fn())!;
    expect(cut).toBe('x'.repeat(MAX_TEXT_LENGTH - 1));
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/;
    expect(cut).not.toMatch(lone);
    // Control: the plain cut would have split it.
    expect(text.slice(0, MAX_TEXT_LENGTH)).toMatch(lone);
  });
});
