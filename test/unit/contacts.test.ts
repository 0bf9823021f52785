import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { CONTACTS, chooseContacts } from '../../src/contacts.js';

describe('contact registry', () => {
  it('gives every entry a source and a verified date', () => {
    for (const contact of CONTACTS) {
      expect(contact.source.length, contact.id).toBeGreaterThan(0);
      expect(contact.verified, contact.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('dials phones with tel: and opens everything else over https', () => {
    for (const contact of CONTACTS) {
      for (const channel of contact.channels) {
        if (channel.kind === 'phone') expect(channel.href).toBe(`tel:${channel.number.replace(/\s/g, '')}`);
        else expect(new URL(channel.href).protocol).toBe('https:');
      }
    }
  });

  it('holds the Child Focus and 1712 facts of the brief', () => {
    const hrefs = (id: string) => CONTACTS.find((c) => c.id === id)!.channels.map((c) => c.href);
    expect(hrefs('childfocus')).toEqual(['tel:116000', 'https://www.stopchildporno.be/', 'https://childfocus.be/']);
    expect(hrefs('1712')).toEqual(['tel:1712', 'https://1712.be/']);
  });

  it('never lists the partner-violence line 0800 30 030 as a sexual-violence line', () => {
    expect(JSON.stringify(CONTACTS)).not.toContain('30030');
  });
});

describe('chooseContacts', () => {
  it('defaults to Child Focus and 1712', () => {
    expect(chooseContacts('data-contacts', undefined, vi.fn()).map((c) => c.id)).toEqual(['childfocus', '1712']);
  });

  it('keeps the given order and skips unknown ids with a warning', () => {
    const warn = vi.fn();
    expect(chooseContacts('data-contacts', '103, nope, childfocus', warn).map((c) => c.id)).toEqual([
      '103',
      'childfocus',
    ]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toContain('"nope"');
  });

  it('falls back to Child Focus when nothing valid is left', () => {
    const warn = vi.fn();
    expect(chooseContacts('data-contacts', 'nope', warn).map((c) => c.id)).toEqual(['childfocus']);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('has a translated note for every contact in every locale', () => {
    for (const language of ['nl', 'fr', 'de', 'en']) {
      const locale = JSON.parse(readFileSync(`locales/${language}.json`, 'utf8'));
      for (const contact of CONTACTS) expect(locale.contact[contact.id], `${language} ${contact.id}`).toBeTruthy();
    }
  });
});
