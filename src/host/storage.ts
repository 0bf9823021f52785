/**
 * Remembering a visitor's choice: one localStorage key per revision of the notice for a dismissal
 * (and one for an age-check entry), holding the moment until which the choice holds. Storage
 * that is missing or throws (private mode, sandboxed frames, a full quota) simply means "not
 * remembered": the notice shows.
 */

/** The longest a dismissal is remembered, in days (ten years). */
export const MAX_REMEMBER_DAYS = 3650;

const DAY_MS = 24 * 60 * 60 * 1000;
const PREFIX = 'report-banner:';

/** The key of a dismissal, so an operator can bump the revision to show the notice again. */
export const storageKey = (revision: string) => `${PREFIX}dismissed:${revision}`;
/** The key of an "I am 18 or older" on the age-check entry; a new revision asks again. */
export const adultKey = (revision: string) => `${PREFIX}adult:${revision}`;

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
 * A stored moment counts only while it lies ahead and within the longest time a choice may be
 * remembered: one stored while the clock ran years ahead is not honoured for years.
 */
const holds = (until: number, at: number) => Number.isFinite(at) && until > at && until - at <= MAX_REMEMBER_DAYS * DAY_MS;

export const isDismissed = (store: Store | undefined, revision: string, at: number) =>
  isRemembered(store, storageKey(revision), at);

/** Returns whether the dismissal was stored; `days` of 0 stores nothing. */
export const rememberDismissal = (store: Store | undefined, revision: string, days: number, at: number) =>
  remember(store, storageKey(revision), days, at);

export function isRemembered(store: Store | undefined, key: string, at: number): boolean {
  try {
    return holds(Number(store?.getItem(key)), at);
  } catch {
    return false;
  }
}

/**
 * Returns whether the choice was stored; `days` of 0 stores nothing. Storing is also when choices
 * that no longer hold are forgotten: a visitor's click, not every page load.
 */
export function remember(store: Store | undefined, key: string, days: number, at: number): boolean {
  if (!store || days <= 0 || !Number.isFinite(at)) return false;
  forgetExpired(store, at);
  try {
    store.setItem(key, String(at + days * DAY_MS));
    return true;
  } catch {
    return false;
  }
}

/**
 * More keys than this and the origin's storage is not searched: reading every key is slow
 * (quadratic in Firefox, seconds for 20,000 keys) and the few of ours there cost nothing.
 */
export const MAX_SEARCHED_KEYS = 1000;

/**
 * Removes every remembered choice, of any revision, that no longer holds, so keys of old
 * revisions do not stay behind for good.
 */
export function forgetExpired(store: Store | undefined, at: number): void {
  try {
    const length = Number(store!.length);
    if (!(length <= MAX_SEARCHED_KEYS) || !Number.isFinite(at)) return;
    const expired: string[] = [];
    for (let index = 0; index < length; index++) {
      const key = store!.key!(index);
      if (key?.startsWith(PREFIX) && !holds(Number(store!.getItem(key)), at)) expired.push(key);
    }
    for (const key of expired) store!.removeItem!(key);
  } catch {
    // Storage that throws (or lacks these methods) holds nothing to forget.
  }
}
