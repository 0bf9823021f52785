/**
 * `report-banner merge FILE...`: the `--ndjson` outputs of several runs (the shards of one list,
 * or a run and its `--resume`) joined into one run, as if one machine had checked the list.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { PageResult } from './check-page.js';
import { UsageError } from './errors.js';
import { htmlReport } from './html-report.js';
import { prepareFile, prepareFolder, recordFiles } from './output-files.js';
import { exitStatus, formatCsv, formatHuman, formatJson, formatNdjsonPage, formatNdjsonRun, interrupted, type RunInfo } from './report.js';
import { parseNdjson } from './resume.js';

export interface MergedRun {
  info: RunInfo;
  /** In the order of the checked list. */
  results: { index: number; result: PageResult }[];
}

/** Options that differ between the joined runs and say nothing about the whole. */
const PER_RUN = ['shard', 'resume'];

/**
 * Joins parsed `--ndjson` files. A page seen twice keeps its finished result over an interrupted
 * one, else the later one; the run is interrupted when a page still is, or a file has no run line
 * (its run was cut off).
 */
export function mergeRuns(files: readonly { name: string; text: string }[]): MergedRun {
  const pages = new Map<string, { index: number; result: PageResult }>();
  const runs: RunInfo[] = [];
  let cutOff = false;
  for (const { name, text } of files) {
    const lines = parseNdjson(text, name);
    if (!lines.some((line) => line.type === 'run')) cutOff = true;
    for (const line of lines) {
      if (line.type === 'run') {
        const { type, ...info } = line;
        void type;
        runs.push(info as unknown as RunInfo);
        continue;
      }
      const { type, index, ...result } = line;
      void type;
      const known = pages.get(result.url);
      if (!known || !interrupted(result) || interrupted(known.result)) pages.set(result.url, { index, result });
    }
  }
  if (pages.size === 0) throw new UsageError(`No page results in ${files.map((file) => file.name).join(', ')}: give the --ndjson output of report-banner check.`);
  const results = [...pages.values()].sort((a, b) => a.index - b.index || a.result.url.localeCompare(b.result.url));
  const first = runs[0];
  const options = Object.fromEntries(Object.entries(first?.options ?? {}).filter(([name]) => !PER_RUN.includes(name)));
  const times = (key: 'startedAt' | 'finishedAt') => runs.map((run) => run[key]).filter(Boolean).sort();
  const info: RunInfo = {
    checker: first?.checker ?? { name: 'report-banner check', version: 'unknown' },
    browser: [...new Set(runs.map((run) => run.browser).filter(Boolean))].join(', '),
    startedAt: times('startedAt')[0] ?? '',
    finishedAt: times('finishedAt').at(-1) ?? '',
    interrupted: cutOff || results.some(({ result }) => interrupted(result)),
    options,
  };
  return { info, results };
}

export async function runMerge(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { json: { type: 'boolean' }, ndjson: { type: 'boolean' }, report: { type: 'string' }, csv: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError('merge needs the --ndjson files of the runs to join.');
  if (values.json && values.ndjson) throw new UsageError('--json and --ndjson print the same results two ways: choose one.');
  const reportDir = values.report ? resolve(values.report) : undefined;
  if (reportDir) await prepareFolder('--report', reportDir);
  if (values.csv) await prepareFile('--csv', resolve(values.csv));
  const files = await Promise.all(
    positionals.map(async (name) => {
      try {
        return { name, text: await readFile(name, 'utf8') };
      } catch (error) {
        throw new UsageError(`Cannot read ${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
  const { info, results: indexed } = mergeRuns(files);
  const results = indexed.map(({ result }) => result);
  if (values.ndjson) {
    process.stdout.write(indexed.map(({ index, result }) => formatNdjsonPage(index, result)).join('') + formatNdjsonRun(info));
  } else {
    process.stdout.write(values.json ? formatJson(info, results) : formatHuman(results));
  }
  if (values.csv) await writeFile(resolve(values.csv), formatCsv(results));
  if (reportDir) {
    // Screenshots are read from the paths the runs recorded: download the shards' folders to the same places first.
    await writeFile(join(reportDir, 'report.html'), await htmlReport(info, results));
    await writeFile(join(reportDir, 'results.json'), formatJson(info, results));
    await recordFiles(reportDir, [join(reportDir, 'report.html'), join(reportDir, 'results.json')]);
  }
  return exitStatus(results);
}
