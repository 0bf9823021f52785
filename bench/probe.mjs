/**
 * Runs in every benchmarked page before its own scripts (puppeteer's evaluateOnNewDocument) and
 * records into `window.__bench`: layout shift, LCP (and whether the notice is the LCP element),
 * first contentful paint, and the frame in which the notice is first drawn. Times are
 * milliseconds from navigation start.
 */
export function probe(selectorPath) {
  const bench = (window.__bench = { shift: 0, lcp: null, fcp: null, noticeAt: null });
  const observe = (type, callback) => new PerformanceObserver((list) => list.getEntries().forEach(callback)).observe({ type, buffered: true });

  observe('layout-shift', (entry) => {
    if (!entry.hadRecentInput) bench.shift += entry.value;
  });
  observe('paint', (entry) => {
    if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime;
  });
  // An element inside a shadow root is reported as its host or as null; both count as the notice
  // on the pages that have one.
  observe('largest-contentful-paint', (entry) => {
    const element = entry.element;
    const inNotice = selectorPath !== null && (!element || !!element.closest('#notice, #cc-main, report-banner'));
    bench.lcp = { time: entry.startTime, inNotice };
  });

  if (!selectorPath) return;
  const find = () => selectorPath.reduce((node, selector) => node && (node.shadowRoot ?? node).querySelector(selector), document);
  // rAF callbacks run once per frame just before style, layout and paint: the first callback
  // that finds the notice laid out and visible is the frame that draws it.
  const frame = (time) => {
    const notice = find();
    if (notice) {
      const { width, height } = notice.getBoundingClientRect();
      const style = getComputedStyle(notice);
      if (width > 0 && height > 0 && style.visibility === 'visible' && Number(style.opacity) > 0) {
        bench.noticeAt = time;
        return;
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}
