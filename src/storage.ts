/**
 * Remembering a dismissal: one localStorage key per revision of the notice, holding the moment
 * until which it stays hidden. Storage that is missing or throws (private mode, sandboxed
 * frames, a full quota) simply means "not remembered": the notice shows.
 */
import { MAX_REMEMBER_DAYS } from './options.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const PREFIX = 'report-banner:dismissed:';

/** The only key the banner ever writes, so an operator can bump the revision to show it again. */
export const storageKey = (revision: string) => `${PREFIX}${revision}`;

/** `window.localStorage`, or `undefined` where merely reading it throws. */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** `Date.now()`, or NaN where a page replaced it with something that throws: nothing is then remembered. */
export function now(): number {
  try {
    return Number(Date.now());
  } catch {
    return NaN;
  }
}

type Store = Pick<Storage, 'getItem' | 'setItem'> & Partial<Pick<Storage, 'key' | 'length' | 'removeItem'>>;

/**
 * A stored moment counts only while it lies ahead and within the longest time a dismissal may
 * be remembered: one stored while the clock ran years ahead is not honoured for years.
 */
const holds = (until: number, at: number) => Number.isFinite(at) && until > at && until - at <= MAX_REMEMBER_DAYS * DAY_MS;

export function isDismissed(store: Store | undefined, revision: string, at: number): boolean {
  try {
    return holds(Number(store?.getItem(storageKey(revision))), at);
  } catch {
    return false;
  }
}

/**
 * Removes every dismissal, of any revision, that no longer holds, so keys of old revisions do
 * not stay behind for good.
 */
export function forgetExpired(store: Store | undefined, at: number): void {
  if (!store?.key || !store.removeItem || !Number.isFinite(at)) return;
  try {
    const expired: string[] = [];
    for (let index = 0; index < Number(store.length); index++) {
      const key = store.key(index);
      if (key?.startsWith(PREFIX) && !holds(Number(store.getItem(key)), at)) expired.push(key);
    }
    for (const key of expired) store.removeItem(key);
  } catch {
    // Storage that throws holds nothing to forget.
  }
}

/** Returns whether the dismissal was stored; `days` of 0 stores nothing. */
export function rememberDismissal(store: Store | undefined, revision: string, days: number, at: number): boolean {
  if (!store || days <= 0 || !Number.isFinite(at)) return false;
  try {
    store.setItem(storageKey(revision), String(at + days * DAY_MS));
    return true;
  } catch {
    return false;
  }
}
