import { describe, expect, it } from 'vitest';
import { MAX_SEARCHED_KEYS, forgetExpired, isDismissed, rememberDismissal, storageKey } from '../../../src/host/storage.js';

class MemoryStore {
  readonly items = new Map<string, string>();
  keyReads = 0;
  get length() {
    return this.items.size;
  }
  key(index: number) {
    this.keyReads++;
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const throwing = {
  getItem(): string | null {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem() {
    throw new DOMException('full', 'QuotaExceededError');
  },
};

const DAY = 24 * 60 * 60 * 1000;

describe('dismissal memory', () => {
  it('remembers for the given days under a key that includes the revision', () => {
    const store = new MemoryStore();
    expect(rememberDismissal(store, '3', 30, 1000)).toBe(true);
    expect([...store.items.keys()]).toEqual([storageKey('3')]);
    expect(storageKey('3')).toContain('3');
    expect(isDismissed(store, '3', 1000 + 29 * DAY)).toBe(true);
    expect(isDismissed(store, '3', 1000 + 30 * DAY)).toBe(false);
  });

  it('a new revision shows the banner again', () => {
    const store = new MemoryStore();
    rememberDismissal(store, '1', 30, 0);
    expect(isDismissed(store, '2', 1)).toBe(false);
  });

  it('0 days stores nothing', () => {
    const store = new MemoryStore();
    expect(rememberDismissal(store, '1', 0, 0)).toBe(false);
    expect(store.items.size).toBe(0);
  });

  it('storage that throws or is missing means "not dismissed"', () => {
    expect(rememberDismissal(throwing, '1', 30, 0)).toBe(false);
    expect(isDismissed(throwing, '1', 0)).toBe(false);
    expect(isDismissed(undefined, '1', 0)).toBe(false);
  });

  it('garbage in storage means "not dismissed"', () => {
    const store = new MemoryStore();
    store.setItem(storageKey('1'), 'forever');
    expect(isDismissed(store, '1', 0)).toBe(false);
  });

  it('honours no dismissal for longer than 3650 days, whatever the clock said when it was stored', () => {
    const store = new MemoryStore();
    rememberDismissal(store, '1', 30, 100 * 365 * DAY);
    expect(isDismissed(store, '1', 0)).toBe(false);
    store.setItem(storageKey('1'), String(3650 * DAY));
    expect(isDismissed(store, '1', 0)).toBe(true);
  });

  it('forgets dismissals that no longer hold, of any revision, and keeps the others and foreign keys', () => {
    const store = new MemoryStore();
    rememberDismissal(store, 'old', 30, 0);
    rememberDismissal(store, 'future', 30, 100 * 365 * DAY);
    rememberDismissal(store, 'current', 30, 40 * DAY);
    store.setItem('other-app', '1');
    forgetExpired(store, 41 * DAY);
    expect([...store.items.keys()].sort()).toEqual([storageKey('current'), 'other-app'].sort());
  });

  it('remembers nothing when the clock cannot be read', () => {
    const store = new MemoryStore();
    expect(rememberDismissal(store, '1', 30, NaN)).toBe(false);
    forgetExpired(store, NaN);
    expect(isDismissed(store, '1', NaN)).toBe(false);
  });

  it('forgets expired choices when it stores one, not when it reads', () => {
    const store = new MemoryStore();
    rememberDismissal(store, 'old', 30, 0);
    expect(isDismissed(store, 'old', 31 * DAY)).toBe(false);
    expect(store.items.has(storageKey('old'))).toBe(true);
    rememberDismissal(store, 'new', 30, 31 * DAY);
    expect([...store.items.keys()]).toEqual([storageKey('new')]);
  });

  it(`searches no key of an origin that holds more than ${MAX_SEARCHED_KEYS}`, () => {
    const store = new MemoryStore();
    rememberDismissal(store, 'old', 30, 0);
    for (let index = 0; index < MAX_SEARCHED_KEYS; index++) store.setItem(`filler:${index}`, '1');
    rememberDismissal(store, 'new', 30, 31 * DAY);
    expect(store.keyReads).toBe(0);
    expect(store.items.has(storageKey('new'))).toBe(true);
    // Control: one key fewer, and every one is read.
    store.items.delete('filler:0');
    store.items.delete(storageKey('new'));
    forgetExpired(store, 31 * DAY);
    expect(store.keyReads).toBe(MAX_SEARCHED_KEYS);
    expect(store.items.has(storageKey('old'))).toBe(false);
  });

  it('a store whose every property throws remembers nothing and never throws', () => {
    const fail = () => {
      throw new Error('broken');
    };
    const store = new Proxy({} as Storage, { get: fail, has: fail, ownKeys: fail });
    expect(() => forgetExpired(store, 0)).not.toThrow();
    expect(rememberDismissal(store, '1', 30, 0)).toBe(false);
    expect(isDismissed(store, '1', 0)).toBe(false);
  });
});
