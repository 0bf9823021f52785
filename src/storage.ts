/**
 * Remembering a visitor's choice: one localStorage key per revision of the notice for a dismissal
 * (and one for an age-check entry), holding the moment until which the choice holds. Storage
 * that is missing or throws (private mode, sandboxed frames, a full quota) simply means "not
 * remembered": the notice shows.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** The key of a dismissal, so an operator can bump the revision to show the notice again. */
export const storageKey = (revision: string) => `report-banner:dismissed:${revision}`;
/** The key of an "I am 18 or older" on the age-check entry; a new revision asks again. */
export const adultKey = (revision: string) => `report-banner:adult:${revision}`;

/** `window.localStorage`, or `undefined` where merely reading it throws. */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

export const isDismissed = (store: Store | undefined, revision: string, now: number) =>
  isRemembered(store, storageKey(revision), now);

export const rememberDismissal = (store: Store | undefined, revision: string, days: number, now: number) =>
  remember(store, storageKey(revision), days, now);

export function isRemembered(store: Store | undefined, key: string, now: number): boolean {
  try {
    const until = Number(store?.getItem(key));
    return Number.isFinite(until) && until > now;
  } catch {
    return false;
  }
}

/** Returns whether the choice was stored; `days` of 0 stores nothing. */
export function remember(store: Store | undefined, key: string, days: number, now: number): boolean {
  if (!store || days <= 0) return false;
  try {
    store.setItem(key, String(now + days * DAY_MS));
    return true;
  } catch {
    return false;
  }
}
