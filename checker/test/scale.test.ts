/**
 * A list checked as four shards and joined with `report-banner merge` gives the same verdicts as
 * one run; `--resume` goes on from an interrupted run without loading a finished page again.
 * The built CLI and a real Chromium, as in check.test.ts.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageResult } from '../src/check-page.js';
import { shardOf } from '../src/shard.js';
import { runCli } from './run-cli.js';
import { BUNDLE, startServer, type FixtureServer } from './server.js';

const PAGES = ['/compliant-nl.html', '/no-banner.html', '/covered.html', '/hidden.html', '/tiny-text.html', '/wrong-language.html', '/age-gate.html', '/missing.html'];
const QUICK = ['--timeout', '20', '--wait', '4', '--recheck', '0', '--concurrency', '2', '--per-host', '2'];

type Line = { type: 'page'; index: number } & PageResult;
const pagesOf = (ndjson: string) =>
  ndjson
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Line | { type: 'run' })
    .filter((line): line is Line => line.type === 'page');
/** What a reader compares: the verdict and its reasons, per URL. */
const verdicts = (results: readonly PageResult[]) =>
  Object.fromEntries(results.map((result) => [result.url, { compliant: result.compliant, codes: result.problems.map((problem) => problem.code).sort() }]));

describe('report-banner check at scale', { timeout: 900_000 }, () => {
  let server: FixtureServer;
  let out: string;
  let urls: string[];
  let whole: Line[];

  beforeAll(async () => {
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run "npm run build" first.`);
    server = await startServer();
    out = await mkdtemp(join(tmpdir(), 'report-banner-scale-'));
    urls = PAGES.map((path) => `${server.origin}${path}`);
    whole = pagesOf((await runCli(['check', ...QUICK, '--ndjson', ...urls])).stdout);
  }, 900_000);

  afterAll(async () => {
    await server?.close();
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('checks four shards and merges them into the verdicts of one run, one report and one CSV', async () => {
    expect(whole).toHaveLength(urls.length);
    const files: string[] = [];
    for (const shard of [1, 2, 3, 4]) {
      const run = await runCli(['check', ...QUICK, '--ndjson', '--shard', `${shard}/4`, ...urls]);
      const pages = pagesOf(run.stdout);
      // The shard holds exactly its URLs, each with its place in the whole list.
      expect(pages.map((page) => page.url).sort()).toEqual(urls.filter((url) => shardOf(url, 4) === shard).sort());
      for (const page of pages) expect(page.index).toBe(urls.indexOf(page.url));
      files.push(join(out, `shard-${shard}.ndjson`));
      await writeFile(files.at(-1)!, run.stdout);
    }
    const merged = await runCli(['merge', '--json', '--report', join(out, 'report'), '--csv', join(out, 'merged.csv'), ...files]);
    const run = JSON.parse(merged.stdout) as { interrupted: boolean; options: Record<string, unknown>; results: PageResult[] };
    expect(run.results.map((result) => result.url)).toEqual(urls);
    expect(verdicts(run.results)).toEqual(verdicts(whole));
    expect(run.interrupted).toBe(false);
    expect(run.options).not.toHaveProperty('shard');
    // /missing.html could not be loaded: status 2, as for one run.
    expect(merged.status).toBe(2);
    const html = await readFile(join(out, 'report', 'report.html'), 'utf8');
    for (const url of urls) expect(html).toContain(url);
    const csv = await readFile(join(out, 'merged.csv'), 'utf8');
    expect(csv).toContain(`${server.origin}/no-banner.html,FAIL,`);
  });

  it('goes on from an interrupted run with --resume, loading no finished page again', async () => {
    const [first, second] = whole.filter((page) => page.url !== urls[0]).slice(0, 2);
    const interrupted = { ...second, compliant: false, problems: [{ code: 'interrupted', message: 'The run was stopped.' }] };
    const earlier = join(out, 'earlier.ndjson');
    await writeFile(earlier, `${JSON.stringify(first)}\n${JSON.stringify(interrupted)}\n{"type":"page","index":`);
    const requested = (url: string) => server.requests.filter((request) => request === `GET ${new URL(url).pathname}`).length;
    const before = requested(first.url);
    const resumed = await runCli(['check', ...QUICK, '--ndjson', '--resume', earlier, urls[0], first.url, second.url]);
    expect(requested(first.url)).toBe(before);
    // Only what this run checked is printed, so appending it to the earlier file completes that file.
    expect(pagesOf(resumed.stdout).map((page) => page.url)).toEqual(expect.arrayContaining([urls[0], second.url]));
    expect(pagesOf(resumed.stdout)).toHaveLength(2);
    const missing = await runCli(['check', '--resume', join(out, 'nothing.ndjson'), urls[0]]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Cannot read --resume');
  });
});
