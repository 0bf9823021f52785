/** Entry of `report-banner check <url...>`: see `USAGE` in args.ts. */
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { VERSION as FACTS_VERSION } from 'report-banner/facts';
import checkerPackage from '../package.json';
import { USAGE, parseArguments, type Arguments } from './args.js';
import { findBrowser } from './browser.js';
import { browserPool } from './browser-pool.js';
import { checkPage, type PageResult } from './check-page.js';
import { FatalError, UsageError } from './errors.js';
import { prepareEvidenceFolder, sealEvidence, verifyCommand } from './evidence-folder.js';
import { htmlReport } from './html-report.js';
import { prepareFile, prepareFolder, recordFiles } from './output-files.js';
import { exitStatus, formatCsv, formatHuman, formatJson, formatNdjsonPage, formatNdjsonRun, interrupted, notLoaded, type RunInfo } from './report.js';
import { runMerge } from './merge.js';
import { readResume } from './resume.js';
import { forEachPolitely } from './schedule.js';
import { inShard } from './shard.js';

/** Lists at least this long get a progress line on stderr. */
const PROGRESS_FROM = 5;

function progress(total: number) {
  if (total < PROGRESS_FROM) return { update: () => undefined, end: () => undefined };
  const live = process.stderr.isTTY;
  let done = 0;
  let failed = 0;
  let errors = 0;
  return {
    update(result: PageResult) {
      done += 1;
      if (notLoaded(result)) errors += 1;
      else if (!result.compliant) failed += 1;
      const line = `report-banner: ${done}/${total} checked (${failed} not compliant, ${errors} not loaded) ${result.url}`;
      process.stderr.write(live ? `\r\x1b[2K${line}` : `${line}\n`);
    },
    end() {
      if (live) process.stderr.write('\n');
    },
  };
}

/** The options as given, for the record in the JSON and the report. */
function optionsOf(args: Arguments): Record<string, unknown> {
  const { urls, help, ...options } = args;
  void urls;
  void help;
  return options;
}

async function run(args: Arguments): Promise<number> {
  // Every output place is proven writable before the browser starts.
  const reportDir = args.report ? resolve(args.report) : undefined;
  // A report shows what was seen: without --screenshots its images go beside it.
  const screenshots = args.screenshots ? resolve(args.screenshots) : reportDir && join(reportDir, 'screenshots');
  if (reportDir) await prepareFolder('--report', reportDir);
  if (screenshots) await prepareFolder(args.screenshots ? '--screenshots' : '--report', screenshots);
  if (args.csv) await prepareFile('--csv', resolve(args.csv));
  const resumed = args.resume ? await readResume(resolve(args.resume)) : new Map<string, PageResult>();
  const evidenceDir = args.evidence ? resolve(args.evidence) : undefined;
  if (evidenceDir) await prepareEvidenceFolder(evidenceDir);
  const executable = findBrowser();
  const startedAt = new Date().toISOString();
  // Each page keeps its place in the whole list, whichever shard checks it.
  const mine = args.urls.map((url, index) => ({ url, index })).filter(({ url }) => !args.shard || inShard(url, args.shard));
  const todo = mine.filter(({ url }) => !resumed.has(url));
  // One browser per worker: --concurrency browsers at most, each reused from page to page.
  const running = browserPool(executable);
  if (todo.length > 0) await running.start();
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted) return;
    process.stderr.write(`\nreport-banner: ${signal}: stopping; pages already checked are kept.\n`);
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const checked: (PageResult | undefined)[] = args.urls.map((url) => resumed.get(url));
  const bar = progress(todo.length);
  const evidence = evidenceDir === undefined ? undefined : {
    dir: evidenceDir,
    capturer: { checker: { name: 'report-banner-checker', version: checkerPackage.version }, facts: FACTS_VERSION, browser: running.version() },
  };
  try {
    await forEachPolitely(
      todo,
      { concurrency: args.concurrency, perHost: args.perHost, hostOf: ({ url }) => new URL(url).host },
      async ({ url, index }) => {
        const result = await running.use((browser) => checkPage(browser, url, index, { ...args, screenshots, evidence, signal: stop.signal }));
        checked[index] = result;
        bar.update(result);
        // A resumed run prints only what it checked itself: appended to the file it resumed, that file holds the whole list.
        if (args.ndjson) process.stdout.write(formatNdjsonPage(index, result));
      },
    );
  } finally {
    bar.end();
    await running.close();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
  const results = mine.map(({ index }) => checked[index]).filter((result): result is PageResult => result !== undefined);
  const info: RunInfo = {
    checker: { name: 'report-banner check', version: checkerPackage.version },
    browser: running.version(),
    startedAt,
    finishedAt: new Date().toISOString(),
    interrupted: stop.signal.aborted,
    options: optionsOf(args),
  };
  process.stdout.write(args.ndjson ? formatNdjsonRun(info) : args.json ? formatJson(info, results) : formatHuman(results));
  if (args.csv) await writeFile(resolve(args.csv), formatCsv(results));
  if (reportDir) {
    await writeFile(join(reportDir, 'report.html'), await htmlReport(info, results));
    await writeFile(join(reportDir, 'results.json'), formatJson(info, results));
    await recordFiles(reportDir, [join(reportDir, 'report.html'), join(reportDir, 'results.json')]);
  }
  if (screenshots) {
    const written = results.flatMap((result) =>
      Object.values(result.evidence.viewports).flatMap((view) =>
        [view.screenshot, view.firstScreen, view.reference?.compared ? view.reference.screenshot : undefined].filter((path): path is string => Boolean(path)),
      ),
    );
    await recordFiles(screenshots, written);
  }
  let status = exitStatus(results);
  if (evidenceDir) {
    try {
      const sealed = await sealEvidence(evidenceDir, info, results, args.tsa);
      const stamp = sealed.timestamped ? `; time-stamped at ${sealed.timestamped.time} by ${sealed.timestamped.authority}` : '';
      process.stderr.write(`report-banner: evidence in ${evidenceDir}: ${sealed.files} files in manifest.json${stamp}.\n`);
    } catch (error) {
      process.stderr.write(`report-banner: the evidence in ${evidenceDir} is kept, but ${error instanceof Error ? error.message : String(error)}\n`);
      status = 2;
    }
  }
  const unloaded = results.filter((result) => notLoaded(result) && !interrupted(result));
  if (unloaded.length > 0) {
    process.stderr.write(`report-banner: could not load ${unloaded.map((result) => result.url).join(', ')}\n`);
  }
  const cut = results.filter(interrupted);
  if (cut.length > 0) process.stderr.write(`report-banner: interrupted before checking ${cut.map((result) => result.url).join(', ')}\n`);
  return status;
}

/** `verify [--tsa-cert FILE] DIR`. */
async function verify(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { 'tsa-cert': { type: 'string', multiple: true } } });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.positionals.length !== 1) throw new UsageError('verify takes one evidence folder: report-banner-checker verify DIR.');
  return verifyCommand(parsed.positionals[0], parsed.values['tsa-cert'] ?? [], (line) => process.stdout.write(`${line}\n`));
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    if (argv[0] === 'merge') return await runMerge(argv.slice(1));
    if (argv[0] === 'verify') return await verify(argv.slice(1));
    const args = await parseArguments(argv);
    if (args.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    return await run(args);
  } catch (error) {
    // Anything unexpected (a browser crash) must not pass for "not compliant" (status 1).
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    const message = error instanceof FatalError ? error.message : `stopped: ${detail}`;
    process.stderr.write(`report-banner: ${message}\n`);
    if (error instanceof UsageError) process.stderr.write('Run "report-banner --help" for usage.\n');
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
