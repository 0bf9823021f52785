import { describe, expect, it } from 'vitest';
import { isDismissed, rememberDismissal, storageKey } from '../../src/storage.js';

class MemoryStore {
  readonly items = new Map<string, string>();
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
});
