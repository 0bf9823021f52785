/** What the benchmark reads from a Chromium trace: the longest task on a renderer's main thread. */

// `toplevel` alone keeps the trace small (it is browser-wide and every load stops one).
export const TRACE_CATEGORIES = ['-*', 'toplevel'];

/** Longest task (`ThreadControllerImpl::RunTask`) on any `CrRendererMain` thread, in ms. */
export function longestTask({ traceEvents }) {
  const mainThreads = new Set(
    traceEvents
      .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  let longest = 0;
  for (const event of traceEvents) {
    if (event.name === 'ThreadControllerImpl::RunTask' && event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`)) {
      longest = Math.max(longest, event.dur / 1000);
    }
  }
  return longest;
}
