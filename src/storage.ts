/**
 * Remembering a dismissal: one localStorage key per revision of the notice, holding the moment
 * until which it stays hidden. Storage that is missing or throws (private mode, sandboxed
 * frames, a full quota) simply means "not remembered": the notice shows.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** The only key the banner ever writes, so an operator can bump the revision to show it again. */
export const storageKey = (revision: string) => `report-banner:dismissed:${revision}`;

/** `window.localStorage`, or `undefined` where merely reading it throws. */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

export function isDismissed(store: Store | undefined, revision: string, now: number): boolean {
  try {
    const until = Number(store?.getItem(storageKey(revision)));
    return Number.isFinite(until) && until > now;
  } catch {
    return false;
  }
}

/** Returns whether the dismissal was stored; `days` of 0 stores nothing. */
export function rememberDismissal(store: Store | undefined, revision: string, days: number, now: number): boolean {
  if (!store || days <= 0) return false;
  try {
    store.setItem(storageKey(revision), String(now + days * DAY_MS));
    return true;
  } catch {
    return false;
  }
}
