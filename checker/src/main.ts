/** Entry of `report-banner check <url...>`: see `USAGE` in args.ts. */
import { USAGE, parseArguments, type Arguments } from './args.js';
import { findBrowser, launchBrowser } from './browser.js';
import { checkPage, type PageResult } from './check-page.js';
import { FatalError, UsageError } from './errors.js';
import { exitStatus, formatHuman, formatJson, notLoaded } from './report.js';
import { forEachPolitely } from './schedule.js';

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

async function run(args: Arguments): Promise<number> {
  const browser = await launchBrowser(findBrowser());
  const results: PageResult[] = new Array(args.urls.length);
  const bar = progress(args.urls.length);
  try {
    await forEachPolitely(
      args.urls,
      { concurrency: args.concurrency, perHost: args.perHost, hostOf: (url) => new URL(url).host },
      async (url, index) => {
        results[index] = await checkPage(browser, url, index, args);
        bar.update(results[index]);
      },
    );
  } finally {
    bar.end();
    await browser.close().catch(() => undefined);
  }
  process.stdout.write(args.json ? formatJson(results) : formatHuman(results));
  const unloaded = results.filter(notLoaded);
  if (unloaded.length > 0) {
    process.stderr.write(`report-banner: could not load ${unloaded.map((result) => result.url).join(', ')}\n`);
  }
  return exitStatus(results);
}

async function main(argv: readonly string[]): Promise<number> {
  try {
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
