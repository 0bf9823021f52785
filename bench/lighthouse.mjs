#!/usr/bin/env node
/**
 * npm run bench:lighthouse [-- --runs N]: the report operators already run on their pages.
 * Lighthouse 12 (performance only) on the benchmark's pages (bench/pages.mjs: the notice as
 * static HTML, this banner, vanilla-cookieconsent; with BENCH_COMPARE, another build of the
 * banner beside it), mobile (its default: simulated slow 4G and 4x CPU, as PageSpeed Insights
 * shows) and desktop, N runs each (default 5) taking turns so drift hits all pages alike. Each
 * run is a new Chromium (chrome-launcher, Debian's binary). Files are served gzipped, as any web
 * server or CDN sends them (BENCH_ENCODING=identity sends them raw).
 *
 * A further page, "same bytes, static notice", loads a script as large as the banner's that only
 * shows the static notice at once: what the bytes alone cost, before any of the banner's work
 * (see `floorScript`).
 *
 * Prints the table and, unless BENCH_BUNDLE names another build, writes it into BENCHMARKS.md
 * between the `lighthouse` markers. BENCH_LIGHTHOUSE_SAVE=dir keeps every report (JSON) there.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import CHROMIUM_FLAGS from '../checker/src/chromium-flags.json' with { type: 'json' };

if (!existsSync(new URL('../dist/report-banner.js', import.meta.url))) {
  console.error('dist/report-banner.js is missing: run `npm run build` first.');
  process.exit(1);
}
const { PAGES, STATIC_NOTICE } = await import('./pages.mjs');

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';
const GZIP = process.env.BENCH_ENCODING !== 'identity';
const SAVE = process.env.BENCH_LIGHTHOUSE_SAVE;

/**
 * The bytes' floor: a script of a given size (padded with a comment) whose only work is to put
 * the static notice in the page. The padding is random, which compresses about as little as
 * code. By default one the size of the banner; BENCH_FLOOR_KIB=8,16,32 adds pages of those sizes
 * (KiB on the wire), to see what each KiB costs.
 */
const bannerBytes = PAGES.ours.files['/report-banner.js'];
/** Bytes on the wire: gzipped, or raw when served raw. */
const wireSize = (bytes) => (GZIP ? gzipSync(bytes, { level: 9 }).length : Buffer.byteLength(bytes));
function floorScript(target) {
  const code = `document.body.insertAdjacentHTML('afterbegin',${JSON.stringify(STATIC_NOTICE)});`;
  let padding = '';
  while (wireSize(`/*${padding}*/${code}`) < target) padding += randomBytes(96).toString('base64');
  return Buffer.from(`/*${padding}*/${code}`);
}
const floorPage = (file, target) => ({
  html: PAGES.ours.html.replace('/report-banner.js', file),
  files: { [file]: floorScript(target) },
});
const FLOOR_KIB = (process.env.BENCH_FLOOR_KIB ?? '').split(',').filter(Boolean).map(Number);

const LH_PAGES = {
  static: PAGES.static,
  ...Object.fromEntries(FLOOR_KIB.map((kib) => [`floor-${kib}`, floorPage(`/floor-${kib}.js`, kib * 1024)])),
  floor: floorPage('/bytes-floor.js', wireSize(bannerBytes)),
  ours: PAGES.ours,
  ...(PAGES.compare && { compare: PAGES.compare }),
  peer: PAGES.peer,
};
const LABELS = {
  static: 'static HTML',
  ...Object.fromEntries(FLOOR_KIB.map((kib) => [`floor-${kib}`, `${kib} KiB script, static notice`])),
  floor: `same bytes (${(wireSize(bannerBytes) / 1024).toFixed(1)} KiB), static notice`,
  ours: 'report-banner',
  compare: 'BENCH_COMPARE build',
  peer: 'cookieconsent',
};

const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname;
  const pageDef = LH_PAGES[path.slice(1, -1)];
  const body = pageDef && path.endsWith('/') ? pageDef.html : Object.values(LH_PAGES).find((p) => p.files[path])?.files[path];
  const type = path.endsWith('/') ? 'text/html' : path.endsWith('.css') ? 'text/css' : 'text/javascript';
  const headers = { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' };
  if (!body) {
    response.writeHead(404, headers);
    return response.end('not found');
  }
  const gzip = GZIP && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(200, gzip ? { ...headers, 'content-encoding': 'gzip' } : headers);
  response.end(gzip ? gzipSync(body, { level: 9 }) : body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();
const FORM_FACTORS = { mobile: undefined, desktop: desktopConfig };

/**
 * The longest main-thread task (unthrottled, as traced) from the evaluation of the page's first
 * script on: what Lantern multiplies by four on mobile. Nothing on a page without a script.
 */
function longestTaskFrom(traceEvents, files) {
  const scripts = files.filter((file) => file.endsWith('.js'));
  const evaluations = traceEvents.filter((e) => e.name === 'EvaluateScript' && scripts.some((file) => String(e.args?.data?.url ?? '').endsWith(file)));
  if (!evaluations.length) return NaN;
  const first = evaluations.reduce((a, b) => (a.ts < b.ts ? a : b));
  const thread = `${first.pid}:${first.tid}`;
  const tasks = traceEvents.filter((e) => e.ph === 'X' && e.name === 'RunTask' && `${e.pid}:${e.tid}` === thread && e.ts + e.dur > first.ts);
  return Math.max(0, ...tasks.map((e) => e.dur / 1000));
}

/** One Lighthouse run in a new browser: the numbers of the table, and where the time goes. */
async function run(name, formFactor) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_FLAGS],
  });
  try {
    const result = await lighthouse(
      `${origin}/${name}/`,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
      FORM_FACTORS[formFactor],
    );
    const lhr = result.lhr;
    if (SAVE) writeFileSync(`${SAVE}/${formFactor}-${name}-${Date.now()}.json`, JSON.stringify(lhr));
    const audit = (id) => lhr.audits[id];
    const value = (id) => audit(id)?.numericValue ?? NaN;
    const observed = audit('metrics')?.details?.items?.[0] ?? {};
    // Lighthouse 12.2's own LCP-element audit fails on this Chromium's traces: the trace says it.
    const candidates = result.artifacts.Trace.traceEvents.filter(
      (event) => event.name === 'largestContentfulPaint::Candidate' && event.args?.data?.isOutermostMainFrame,
    );
    const lcpNode = candidates.at(-1)?.args.data.nodeName;
    const longTasks = audit('long-tasks')?.details?.items ?? [];
    const fcp = value('first-contentful-paint');
    return {
      score: (lhr.categories.performance.score ?? NaN) * 100,
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      si: value('speed-index'),
      observedLcp: observed.observedLargestContentfulPaint ?? NaN,
      lcpElement: lcpNode ?? '?',
      longTasks: longTasks.map(
        (task) =>
          `${Math.round(task.duration)} ms ${task.url === origin + '/' + name + '/' ? 'page' : String(task.url).replace(origin, '')} ` +
          `(FCP${task.startTime < fcp ? '−' : '+'}${Math.abs(Math.round(task.startTime - fcp))})`,
      ),
      longestScriptTask: longestTaskFrom(result.artifacts.Trace.traceEvents, Object.keys(LH_PAGES[name].files)),
      warnings: lhr.runWarnings ?? [],
    };
  } finally {
    await chrome.kill();
  }
}

if (SAVE) mkdirSync(SAVE, { recursive: true });
const names = Object.keys(LH_PAGES);
const results = {};
const load = { start: uptime() };
const started = Date.now();
try {
  for (let round = 0; round < RUNS; round++) {
    // Mobile and desktop take turns too, so neither gets the quieter half of the run.
    for (const formFactor of Object.keys(FORM_FACTORS)) {
      results[formFactor] ??= Object.fromEntries(names.map((name) => [name, []]));
      for (const name of names) results[formFactor][name].push(await run(name, formFactor));
    }
    process.stdout.write(`\rLighthouse: ${round + 1}/${RUNS} rounds`);
  }
  process.stdout.write('\n');
} finally {
  server.close();
}
load.end = uptime();

const median = (values) => {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fixed = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const cell = (values, digits = 0) => {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? `${fixed(median(s), digits)} (${fixed(s[0], digits)}–${fixed(s[s.length - 1], digits)})` : '–';
};
const count = (values) => {
  const tally = new Map();
  for (const v of values) tally.set(v, (tally.get(v) ?? 0) + 1);
  return [...tally].map(([v, n]) => `${v} ×${n}`).join(', ');
};

const METRICS = [
  ['score', 'score', (s) => s.score],
  ['FCP, ms', 'fcp', (s) => s.fcp],
  ['LCP, ms', 'lcp', (s) => s.lcp],
  ['LCP / static', 'lcpRatio', null],
  ['TBT, ms', 'tbt', (s) => s.tbt],
  // Lantern times a task at four times its traced length on mobile: over 12.5 ms, it blocks.
  ['longest task from the first script on, as traced, ms', 'longestScriptTask', (s) => s.longestScriptTask, 1],
  ['CLS', 'cls', (s) => s.cls, 3],
  ['Speed Index, ms', 'si', (s) => s.si],
  ['LCP observed (unthrottled), ms', 'observedLcp', (s) => s.observedLcp],
];

function tableFor(formFactor) {
  const byPage = results[formFactor];
  const staticLcp = median(byPage.static.map((s) => s.lcp));
  const header = ['', ...names.map((name) => LABELS[name])];
  const rows = METRICS.map(([label, , get, digits]) => [
    label,
    ...names.map((name) =>
      get ? cell(byPage[name].map(get), digits) : `${fixed(median(byPage[name].map((s) => s.lcp)) / staticLcp, 2)}×`,
    ),
  ]);
  rows.push(['LCP element', ...names.map((name) => count(byPage[name].map((s) => s.lcpElement)))]);
  rows.push([
    'runs with TBT > 0',
    ...names.map((name) => `${byPage[name].filter((s) => s.tbt > 0).length} / ${byPage[name].length}`),
  ]);
  rows.push([
    'runs with a task over 12.5 ms from the first script on',
    ...names.map((name) => (name === 'static' ? '–' : `${byPage[name].filter((s) => s.longestScriptTask > 12.5).length} / ${byPage[name].length}`)),
  ]);
  rows.push([
    'tasks ≥ 50 ms as simulated (long-tasks audit; start from FCP), all runs',
    ...names.map((name) => byPage[name].flatMap((s) => s.longTasks).join('; ') || 'none'),
  ]);
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

const version = JSON.parse(readFileSync(new URL('../node_modules/lighthouse/package.json', import.meta.url))).version;
const browser = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();
const warnings = [...new Set(Object.values(results).flatMap((byPage) => Object.values(byPage).flatMap((s) => s.flatMap((x) => x.warnings))))];
const markdown = `<!-- lighthouse -->
## Lighthouse

Generated by \`npm run bench:lighthouse\` (\`bench/lighthouse.mjs\`) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC:
Lighthouse ${version}, performance only, ${browser} (headless, a new browser per run), ${RUNS} runs
per page and form factor taking turns, files served ${GZIP ? 'gzipped' : 'uncompressed'} from 127.0.0.1; the run took
${Math.round((Date.now() - started) / 1000)} s on ${os.cpus()[0]?.model.trim()} (${os.cpus().length} cores).
Machine load (\`uptime\`) at the start: \`${load.start}\`; at the end: \`${load.end}\`.
Each cell: median (min–max). Mobile is Lighthouse's default (simulated slow 4G, 4x CPU, 412x823);
desktop its desktop config (simulated 10 Mbit/s, 40 ms, 1x CPU, 1350x940). Lantern simulates from a
trace taken without throttling, so a busy machine still moves the numbers.${warnings.length ? `\nLighthouse warned: ${warnings.join(' / ')}` : ''}

### Mobile

${tableFor('mobile')}

### Desktop

${tableFor('desktop')}
<!-- /lighthouse -->`;
console.log(markdown);

if (process.env.BENCH_BUNDLE) process.exit(0);
const target = new URL('../BENCHMARKS.md', import.meta.url);
const previous = readFileSync(target, 'utf8');
const marked = /<!-- lighthouse -->[\s\S]*?<!-- \/lighthouse -->/;
writeFileSync(target, marked.test(previous) ? previous.replace(marked, markdown) : previous.replace('\n## Bytes sent', `\n${markdown}\n\n## Bytes sent`));
console.log('wrote BENCHMARKS.md');
