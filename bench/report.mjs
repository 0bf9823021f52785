/** Statistics and the tables of BENCHMARKS.md. */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const NOTICES = ['static', 'ours', 'peer'];
const LABELS = { none: 'bare page', static: 'static HTML', ours: 'report-banner', compare: 'BENCH_COMPARE build', peer: 'cookieconsent' };

const METRICS = [
  { key: 'script', label: 'script time, ms (CDP ScriptDuration)' },
  { key: 'render', label: 'style + layout, ms (RecalcStyle + Layout)' },
  { key: 'noticeAt', label: 'navigation → frame drawing the notice, ms', notice: true },
  { key: 'fcp', label: 'first contentful paint, ms' },
  { key: 'lcp', label: 'LCP, ms' },
  { key: 'cls', label: 'CLS', digits: 3 },
  { key: 'longestTask', label: 'longest main-thread task, ms (trace)' },
  { key: 'noticeTask', label: "longest task running the notice's scripts, ms (trace)", notice: true },
  { key: 'noticeOwn', label: "the notice's own code in one task, most, ms (trace)", notice: true },
  { key: 'heapAdded', label: 'JS heap added, KiB (after GC, vs bare page)' },
];

/** Nearest-rank quantile of a sorted array. */
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
const sorted = (values) => values.filter(Number.isFinite).sort((a, b) => a - b);
const median = (values) => quantile(sorted(values), 0.5);

/** Deterministic PRNG, so the same samples always give the same intervals. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Ratio of medians with a 95 % bootstrap interval. */
function ratio(top, bottom) {
  const next = random(42);
  const resample = (values) => values.map(() => values[Math.floor(next() * values.length)]);
  const ratios = [];
  for (let i = 0; i < 1000; i++) ratios.push(median(resample(top)) / median(resample(bottom)));
  const finite = sorted(ratios);
  return { value: median(top) / median(bottom), low: quantile(finite, 0.025), high: quantile(finite, 0.975) };
}

const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

function cell(values, digits) {
  const s = sorted(values);
  if (s.length === 0) return '–';
  return `${fixed(quantile(s, 0.5), digits)} [${fixed(quantile(s, 0.25), digits)}–${fixed(quantile(s, 0.75), digits)}] p95 ${fixed(quantile(s, 0.95), digits)}`;
}

function ratioCell(top, bottom, below = 'static') {
  // A ratio to (almost) nothing says nothing: show it only when the page below does some of it.
  if (!(median(bottom) > 0.05)) return median(top) > 0.05 ? `${below} ≈ 0` : '= (both ≈ 0)';
  const { value, low, high } = ratio(top, bottom);
  return `${fixed(value, 2)}× [${fixed(low, 2)}–${fixed(high, 2)}]`;
}

const table = (header, rows) =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

function timingTable(byPage) {
  const noneHeap = median(byPage.none.map((s) => s.heap));
  const values = (name, key) =>
    byPage[name].map((s) => (key === 'heapAdded' ? s.heap - noneHeap : s[key]));
  // With BENCH_COMPARE, that build's column and "ours / compare" join the table.
  const notices = byPage.compare ? ['static', 'ours', 'compare', 'peer'] : NOTICES;
  const rows = METRICS.map(({ key, label, digits, notice }) => [
    label,
    ...['none', ...notices].map((name) => (notice && name === 'none' ? '' : cell(values(name, key), digits))),
    ratioCell(values('ours', key), values('static', key)),
    ratioCell(values('peer', key), values('static', key)),
    ratioCell(values('ours', key), values('peer', key), 'peer'),
    ...(byPage.compare ? [ratioCell(values('ours', key), values('compare', key), 'compare')] : []),
  ]);
  rows.push([
    'loads whose LCP element is the notice',
    '',
    ...notices.map((name) => `${byPage[name].filter((s) => s.lcpIsNotice).length} / ${byPage[name].length}`),
    '',
    '',
    '',
    ...(byPage.compare ? [''] : []),
  ]);
  const ratios = ['ours / static', 'peer / static', 'ours / peer', ...(byPage.compare ? ['ours / compare'] : [])];
  return table(['metric', ...['none', ...notices].map((n) => LABELS[n]), ...ratios], rows);
}

function bytesTable(pages) {
  const size = (buffers) => ({
    raw: buffers.reduce((sum, [, b]) => sum + b.length, 0),
    gzip: buffers.reduce((sum, [, b]) => sum + gzipSync(b, { level: 9 }).length, 0),
    brotli: buffers.reduce(
      (sum, [, b]) => sum + brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      0,
    ),
  });
  const sizes = Object.fromEntries(NOTICES.map((name) => [name, size(pages[name].notice)]));
  const kib = (bytes) => (bytes / 1024).toFixed(1);
  const over = (name, key) => `${(sizes[name][key] / sizes.static[key]).toFixed(1)}×`;
  return table(
    ['notice', 'what it sends', 'raw KiB', 'gzip KiB', 'brotli KiB', 'gzip vs static'],
    NOTICES.map((name) => [
      LABELS[name],
      pages[name].notice.map(([what]) => what).join(' + '),
      kib(sizes[name].raw),
      kib(sizes[name].gzip),
      kib(sizes[name].brotli),
      name === 'static' ? '1×' : over(name, 'gzip'),
    ]),
  );
}

export function render({ results, pages, environment: env, sizes, heap }) {
  const timing = Object.entries(results)
    .map(([rate, byPage]) => `### ${rate}× CPU throttling\n\n${timingTable(byPage)}`)
    .join('\n\n');
  const numbers = `## Bytes sent for the notice\n\n${bytesTable(pages)}\n\n## Load metrics\n\nEach cell: median [p25–p75] p95 over ${env.runs} cold loads; ratios: ratio of medians [95 % bootstrap interval].\n\n${timing}`;
  const markdown = `# Benchmarks

Generated by \`npm run bench\` (\`bench/run.mjs\`) on ${env.date}; the reading below is written by
hand. One host page (a listing site: header, lead paragraph, twelve ads) is loaded alone and with
three notices that say the same thing in English (title, message, Child Focus and 1712 with their
links, language names and a close control):

- **static HTML**: the notice as plain HTML and CSS in the page, no script: the physical limit;
- **report-banner**: \`<script src="report-banner.js" defer>\` (\`dist/report-banner.js\`);
- **cookieconsent**: vanilla-cookieconsent as a bottom bar with the same text, the one-tag
  notice operators know (script, stylesheet and a config script, all \`defer\`).
${pages.compare ? `- **BENCH_COMPARE build**: another build of \`report-banner.js\`, on the same page as ours, for
  a before and after in one run (the tables of bytes, heap and modules are of \`dist/\` alone).
` : ''}
Every load is cold (new browser context: no cache, no storage), in ${env.viewport}, served from
127.0.0.1; the ${Object.keys(pages).length === 5 ? 'five' : 'four'} pages take turns so drift affects all alike, after one warm-up round.

| | |
| --- | --- |
| machine | ${env.cpu}, ${env.memory}, ${env.os} |
| load (\`uptime\`) | ${env.load} |
| browser | ${env.browser} (headless, puppeteer-core ${env.puppeteer}) |
| peer | ${env.peer} |
| Node | ${env.node} |
| loads | ${env.runs} per page and throttling rate; the run took ${env.seconds} s |

How the numbers are taken: script and style/layout time from CDP \`Performance.getMetrics\`
(whole page, so the bare page shows the probe's own cost); the notice's first frame is the
first \`requestAnimationFrame\` in which it is laid out and visible (the frame then paints it);
LCP, FCP and CLS from \`PerformanceObserver\`; a task is what the Long Tasks API counts, a
\`RunTask\` on the renderer's main thread with the microtask checkpoint after it (where code after
\`await\` and \`scheduler.yield()\` runs), and the notice's tasks are those that run its scripts or
promise continuations (the host page has no script of its own); "the notice's own code" counts
only the time inside those scripts and continuations (what they force, such as a layout, included),
not the browser's work that shares a task with them: a deferred script runs in the task that ends
parsing, beside the host page's first style and layout; heap is \`JSHeapUsedSize\` after a forced
GC, minus the bare page's median.

<!-- reading -->
## Reading

(Written after a run; kept when the numbers are regenerated.)
<!-- /reading -->

${numbers}

## Where the heap goes

From \`npm run bench:heap\`: one heap snapshot (after GC) of the bare page and one with the banner,
live objects grouped by constructor, or by V8's node type for code and strings. Snapshot sizes
count more than \`JSHeapUsedSize\` (the script's source, Blink's objects).

${heap}

## The bundle by module

From \`npm run size\` (each module minified and gzipped alone, so shares add up to more than the
bundle).

${sizes}
`;
  return { terminal: numbers, markdown };
}
