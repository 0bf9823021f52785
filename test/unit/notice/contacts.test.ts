import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { SOURCES } from '../../../src/notice/contact-sources.js';
import { CONTACTS, chooseContacts } from '../../../src/notice/contacts.js';
import { LANGUAGES } from '../../../src/notice/language.js';

const contact = (id: string) => CONTACTS.find((c) => c.id === id)!;
const claims = (id: string) => contact(id).facts.map((fact) => (fact.on ? `${fact.claim}:${fact.on}` : fact.claim));

describe('contact registry', () => {
  it('gives every channel and every fact a known source, and every fact the day it was checked', () => {
    for (const { id, channels, facts } of CONTACTS) {
      for (const channel of channels) expect(SOURCES[channel.source], `${id} ${channel.href}`).toBeTruthy();
      expect(facts.length, id).toBeGreaterThan(0);
      for (const fact of facts) {
        expect(SOURCES[fact.source], `${id} ${fact.claim}`).toBeTruthy();
        expect(fact.checked, `${id} ${fact.claim}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(Number.isNaN(Date.parse(fact.checked))).toBe(false);
      }
    }
  });

  it('dials phones with tel: and opens everything else over https', () => {
    for (const { channels } of CONTACTS) {
      for (const channel of channels) {
        if (channel.kind === 'phone') expect(channel.href).toBe(`tel:${channel.number.replace(/\s/g, '')}`);
        else expect(new URL(channel.href).protocol).toBe('https:');
      }
    }
  });

  it('holds the Child Focus and 1712 facts of the sources', () => {
    const hrefs = (id: string) => contact(id).channels.map((c) => c.href);
    expect(hrefs('childfocus')).toEqual(['tel:116000', 'https://www.stopchildporno.be/', 'https://childfocus.be/']);
    expect(hrefs('1712')).toEqual(['tel:1712', 'https://1712.be/']);
    expect(claims('childfocus')).toEqual(
      expect.arrayContaining(['free:phone', 'always-open:phone', 'off-bill:phone', 'anonymous:report', 'chat', 'email']),
    );
    expect(claims('1712')).toEqual(expect.arrayContaining(['free', 'anonymous', 'not-reporting-point', 'not-emergency']));
  });

  it('states nothing the sources leave unconfirmed', () => {
    // Anonymity of calls to 116 000, and any anonymity of 112 / 101.
    expect(claims('childfocus')).not.toContain('anonymous:phone');
    expect(claims('childfocus')).not.toContain('anonymous');
    expect(claims('emergency')).not.toContain('anonymous');
    // Child Focus is given in Dutch and French; German or English is not confirmed.
    expect(contact('childfocus').facts.find((fact) => fact.claim === 'languages')!.languages).toEqual(['nl', 'fr']);
    // Stop it Now! Vlaanderen works in Dutch; its phone number is not confirmed.
    expect(contact('stopitnow').facts.find((fact) => fact.claim === 'languages')!.languages).toEqual(['nl']);
    expect(contact('stopitnow').channels.some((channel) => channel.kind === 'phone')).toBe(false);
    // Awel's web address is not confirmed; no opening hours are confirmed for 1712, 103, SOS Viol or Awel.
    expect(contact('awel').channels.map((channel) => channel.kind)).toEqual(['phone']);
    for (const id of ['1712', '103', 'sosviol', 'awel', 'stopitnow']) expect(claims(id).join(), id).not.toMatch(/always-open/);
  });

  it('never lists the partner-violence line 0800 30 030 as a sexual-violence line, nor SéOS', () => {
    expect(JSON.stringify(CONTACTS)).not.toMatch(/30\s?030|SéOS/);
  });
});

describe('chooseContacts', () => {
  it('leaves the choice to the defaults when data-contacts is absent', () => {
    expect(chooseContacts('data-contacts', undefined, vi.fn())).toBeUndefined();
    expect(chooseContacts('data-contacts', null, vi.fn())).toBeUndefined();
  });

  it('keeps the given order and skips unknown ids with a warning', () => {
    const warn = vi.fn();
    expect(chooseContacts('data-contacts', '103, nope, childfocus', warn)!.map((c) => c.id)).toEqual(['103', 'childfocus']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toContain('"nope"');
  });

  it('falls back to Child Focus when nothing valid is left', () => {
    const warn = vi.fn();
    expect(chooseContacts('data-contacts', 'nope', warn)!.map((c) => c.id)).toEqual(['childfocus']);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('has a translated note phrase for every claim a note states, in every locale', () => {
    for (const language of LANGUAGES) {
      const locale = JSON.parse(readFileSync(`locales/${language}.json`, 'utf8'));
      for (const { facts } of CONTACTS) {
        for (const fact of facts) {
          if (['languages', 'chat', 'email', 'not-reporting-point', 'not-emergency'].includes(fact.claim)) continue;
          expect(locale.note[fact.claim], `${language} ${fact.claim}`).toBeTruthy();
        }
      }
    }
  });
});
