import { describe, expect, it } from 'vitest';
import { contactList, keepsAny } from '../../../src/notice/contact-list.js';
import { defaultContacts, foldedLinks } from '../../../src/notice/contact-table.js';
import type { Contact } from '../../../src/notice/contacts.js';
import { createTranslations } from '../../../src/notice/i18n.js';

/** `contact` with every property read recorded in `read`. */
const watched = (contact: Contact, read: Set<PropertyKey>) =>
  new Proxy(contact, {
    get(target, key, receiver) {
      read.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });

describe('contactList, folded', () => {
  const t = createTranslations()('en');
  const noop = () => {};

  it('composes only the services whose links a folded notice keeps', () => {
    const [childFocus, helpline] = defaultContacts('en', 'witness');
    const keep = foldedLinks([childFocus, helpline], 'en', 'witness');
    expect(keepsAny(childFocus, keep, 'en')).toBe(true);
    expect(keepsAny(helpline, keep, 'en')).toBe(false);

    const read = new Set<PropertyKey>();
    contactList(t, [childFocus, watched(helpline, read)], undefined, 'en', noop, keep, true);
    // Its links are looked up; its name, notes and labels are not composed.
    expect([...read].sort()).toEqual(['channels', 'id']);

    // Unfolded, the same service is composed.
    const whole = new Set<PropertyKey>();
    contactList(t, [childFocus, watched(helpline, whole)], undefined, 'en', noop, keep, false);
    expect([...whole]).toContain('name');
  });
});
