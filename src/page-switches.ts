/**
 * Switches in the page's own address, for people testing a page without editing it:
 * `?report-banner=show` shows a notice whose dismissal this browser remembers, and
 * `?report-banner=check` also opens the check panel. Read from `window.location`, which a
 * page's markup cannot replace (an element named `location` can shadow `document.location`).
 */
export type PageSwitch = 'show' | 'check';

/** The switches named in a query string; unknown words are ignored. */
export function parsePageSwitches(search: string): ReadonlySet<PageSwitch> {
  const words = new URLSearchParams(search).getAll('report-banner').flatMap((value) => value.split(','));
  return new Set(words.map((word) => word.trim().toLowerCase()).filter((word): word is PageSwitch => word === 'show' || word === 'check'));
}

/** The switches in this page's address; none where the address cannot be read. */
export function pageSwitches(): ReadonlySet<PageSwitch> {
  try {
    return parsePageSwitches(window.location.search);
  } catch {
    return new Set();
  }
}
