/**
 * Switches in the page's own address, for people testing a page without editing it. Anyone can
 * put them in a link, so they change nothing but what the operator's tag already allows:
 * `?report-banner=show` shows the notice again where this browser remembers a dismissal, and
 * `?report-banner=check` prints the check to the console (the panel needs `data-check`). Read
 * from `window.location`, which a page's markup cannot replace (an element named `location` can
 * shadow `document.location`).
 */
export function pageSwitches(): string[] {
  try {
    return new URLSearchParams(window.location.search).getAll('report-banner');
  } catch {
    return [];
  }
}
