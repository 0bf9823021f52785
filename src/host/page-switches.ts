/**
 * Switches in the page's own address, for people testing a page without editing it:
 * `?report-banner=show` shows a notice whose dismissal this browser remembers, and
 * `?report-banner=check` also opens the check panel. Read from `window.location`, which a
 * page's markup cannot replace (an element named `location` can shadow `document.location`).
 */
export function pageSwitches(): string[] {
  try {
    return new URLSearchParams(window.location.search).getAll('report-banner');
  } catch {
    return [];
  }
}
