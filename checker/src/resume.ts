/**
 * `--resume FILE`: the pages a previous run already checked, read from its `--ndjson` output, so
 * an interrupted run goes on without checking them again. A page reported as `interrupted` was
 * not checked and is checked again; a last line cut off mid-write is ignored.
 */
import { readFile } from 'node:fs/promises';
import type { PageResult } from './check-page.js';
import { UsageError } from './errors.js';
import { interrupted } from './report.js';

/** One line of `--ndjson` output: a page (with its place in the list) or the run. */
type NdjsonLine = ({ type: 'page'; index: number } & PageResult) | ({ type: 'run' } & Record<string, unknown>);

/** The lines of an `--ndjson` file; `option` names where it came from in messages. */
export function parseNdjson(text: string, option: string): NdjsonLine[] {
  const lines = text.split('\n');
  const parsed: NdjsonLine[] = [];
  for (const [at, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      // The run was stopped while writing its last line: that page is simply checked again.
      if (lines.slice(at + 1).every((rest) => rest.trim() === '')) break;
      throw new UsageError(`${option}: line ${at + 1} is not JSON; give the --ndjson output of report-banner check.`);
    }
    const type = (value as { type?: unknown } | null)?.type;
    const page = type === 'page' && typeof (value as { url?: unknown }).url === 'string' && Array.isArray((value as { problems?: unknown }).problems);
    if (!page && type !== 'run') {
      throw new UsageError(`${option}: line ${at + 1} is neither a page nor a run of report-banner check --ndjson.`);
    }
    parsed.push(value as NdjsonLine);
  }
  return parsed;
}

/** Reads `file` and answers the finished results by URL (the last one of a URL wins). */
export async function readResume(file: string): Promise<Map<string, PageResult>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read --resume ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const done = new Map<string, PageResult>();
  for (const line of parseNdjson(text, `--resume ${file}`)) {
    if (line.type !== 'page') continue;
    const { type, index, ...result } = line;
    void type;
    void index;
    if (!interrupted(result)) done.set(result.url, result);
  }
  return done;
}
