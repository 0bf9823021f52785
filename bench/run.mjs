#!/usr/bin/env node
/**
 * npm run bench [-- --runs N]: loads a host page alone and with three notices (static HTML,
 * dist/report-banner.js, vanilla-cookieconsent 3) in Debian's Chromium, N times each (default
 * 20, after one warm-up) at 1x and 4x CPU throttling, interleaved so drift hits all pages alike.
 * Prints the table and writes BENCHMARKS.md. Needs `npm run build` first. To compare another
 * build of the banner in its place, name it in BENCH_BUNDLE (the table is then only printed);
 * to measure one beside it in the same run (before and after a change), in BENCH_COMPARE.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { longestTasks, TRACE_CATEGORIES } from './trace.mjs';
import { render } from './report.mjs';
import CHROMIUM_FLAGS from '../checker/src/chromium-flags.json' with { type: 'json' };

if (!existsSync(new URL('../dist/report-banner.js', import.meta.url))) {
  console.error('dist/report-banner.js is missing: run `npm run build` first.');
  process.exit(1);
}
const { PAGES } = await import('./pages.mjs');
const { probe } = await import('./probe.mjs');

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 20;
const RATES = [1, 4];
const VIEWPORT = { width: 1280, height: 800 };
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';
/** After the notice is drawn (or the load event, for the bare page): let LCP and CLS settle. */
const SETTLE_MS = 250;

// Pages at /<name>/, their files at the root.
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname;
  const pageDef = PAGES[path.slice(1, -1)];
  if (pageDef && path.endsWith('/')) return send(response, 'text/html', pageDef.html);
  const body = Object.values(PAGES).find((p) => p.files[path])?.files[path];
  if (!body) return send(response, 'text/plain', 'not found', 404);
  send(response, path.endsWith('.css') ? 'text/css' : 'text/javascript', body);
});
function send(response, type, body, status = 200) {
  response.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  response.end(body);
}
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', ...CHROMIUM_FLAGS],
});
const browserVersion = await browser.version();

/** One cold load in a fresh browser context (no cache, no storage, no code cache). */
async function load(name, rate) {
  const pageDef = PAGES[name];
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.evaluateOnNewDocument(probe, pageDef.selector);
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.goto(`${origin}/${name}/`, { waitUntil: 'load' });
    if (pageDef.selector) await page.waitForFunction(() => window.__bench.noticeAt !== null, { timeout: 15000 });
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const recorded = await page.evaluate(() => window.__bench);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (key) => metrics.find((m) => m.name === key)?.value ?? NaN;
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
    const scripts = pageDef.notice.map(([file]) => `/${file}`).filter((file) => file.endsWith('.js'));
    const tasks = longestTasks(trace, origin, scripts);
    return {
      script: metric('ScriptDuration') * 1000,
      render: (metric('RecalcStyleDuration') + metric('LayoutDuration')) * 1000,
      noticeAt: recorded.noticeAt,
      fcp: recorded.fcp,
      lcp: recorded.lcp?.time ?? NaN,
      lcpIsNotice: recorded.lcp?.inNotice ?? false,
      cls: recorded.shift,
      longestTask: tasks.longest,
      noticeTask: tasks.notice,
      noticeOwn: tasks.own,
      heap: metric('JSHeapUsedSize') / 1024,
    };
  } finally {
    await context.close();
  }
}

const names = Object.keys(PAGES);
const results = {};
const started = Date.now();
// The machine is often shared: its load goes with the figures.
const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();
const loadAtStart = uptime();
try {
  for (const rate of RATES) {
    results[rate] = Object.fromEntries(names.map((name) => [name, []]));
    for (let run = -1; run < RUNS; run++) {
      for (const name of names) {
        const sample = await load(name, rate);
        if (run >= 0) results[rate][name].push(sample);
      }
      process.stdout.write(`\r${rate}x CPU: ${run + 1}/${RUNS} rounds`);
    }
    process.stdout.write('\n');
  }
} finally {
  await browser.close().catch(() => {});
  server.close();
}

const environment = {
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  cpu: `${os.cpus()[0]?.model.trim()} (${os.cpus().length} cores)`,
  memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  browser: browserVersion,
  puppeteer: JSON.parse(readFileSync(new URL('../node_modules/puppeteer-core/package.json', import.meta.url))).version,
  peer: `vanilla-cookieconsent ${JSON.parse(readFileSync(new URL('../node_modules/vanilla-cookieconsent/package.json', import.meta.url))).version}`,
  runs: RUNS,
  seconds: Math.round((Date.now() - started) / 1000),
  viewport: `${VIEWPORT.width}x${VIEWPORT.height}`,
  load: `${loadAtStart} (start); ${uptime()} (end)`,
};
const sizes = execFileSync(process.execPath, [new URL('../scripts/size.mjs', import.meta.url).pathname, '--markdown'], { encoding: 'utf8' });
const heap = execFileSync(process.execPath, [new URL('./heap.mjs', import.meta.url).pathname], { encoding: 'utf8' });
const { terminal, markdown } = render({ results, pages: PAGES, environment, sizes, heap });
console.log(terminal);

// Another build in place of dist/ is measured for comparison only: BENCHMARKS.md describes dist/.
if (process.env.BENCH_BUNDLE) process.exit(0);

// The hand-written reading between its markers survives a re-run, and so does the Lighthouse
// section (`npm run bench:lighthouse` writes it); the numbers are replaced.
const target = new URL('../BENCHMARKS.md', import.meta.url);
const previous = existsSync(target) ? readFileSync(target, 'utf8') : '';
const READING = /<!-- reading -->[\s\S]*?<!-- \/reading -->/;
const LIGHTHOUSE = /<!-- lighthouse -->[\s\S]*?<!-- \/lighthouse -->/;
const reading = READING.exec(previous)?.[0];
const lighthouse = LIGHTHOUSE.exec(previous)?.[0];
let written = reading ? markdown.replace(READING, () => reading) : markdown;
if (lighthouse) written = written.replace('\n## Bytes sent', () => `\n${lighthouse}\n\n## Bytes sent`);
writeFileSync(target, written);
console.log('wrote BENCHMARKS.md');
