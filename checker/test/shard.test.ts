/** --shard, --resume's reading of NDJSON and merge's joining, without a browser. */
import { describe, expect, it } from 'vitest';
import type { PageResult } from '../src/check-page.js';
import { UsageError } from '../src/errors.js';
import { mergeRuns } from '../src/merge.js';
import { parseNdjson } from '../src/resume.js';
import { inShard, parseShard, shardOf } from '../src/shard.js';

const page = (url: string, codes: string[] = []): PageResult =>
  ({
    url,
    compliant: codes.length === 0,
    problems: codes.map((code) => ({ code, message: `${code} on ${url}` })),
    notes: [],
    evidence: { checkedAt: '2026-12-01T00:00:00.000Z', loaded: !codes.includes('interrupted'), redirects: [], viewports: {} },
  }) as PageResult;
const line = (index: number, result: PageResult) => JSON.stringify({ type: 'page', index, ...result });
const run = (startedAt: string, finishedAt: string, interrupted = false, browser = 'Chrome/131.0.0.0') =>
  JSON.stringify({ type: 'run', checker: { name: 'report-banner check', version: '0.1.0' }, browser, startedAt, finishedAt, interrupted, options: { wait: 10000, shard: { index: 1, total: 2 } } });

describe('--shard', () => {
  it('reads I/N and refuses anything else with a message', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, total: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, total: 1 });
    for (const bad of ['0/4', '5/4', '2', '2/0', 'a/b', '-1/2', '1.5/3']) expect(() => parseShard(bad), bad).toThrow(UsageError);
    expect(() => parseShard('5/4')).toThrow('--shard takes I/N with 1 <= I <= N');
  });

  it('puts every URL in exactly one shard, the same whatever the list around it', () => {
    const urls = Array.from({ length: 400 }, (_, n) => `https://www.example.be/listing/${n}`);
    for (const total of [1, 3, 4, 7]) {
      const counts = Array.from({ length: total }, (_, i) => urls.filter((url) => inShard(url, { index: i + 1, total })).length);
      expect(counts.reduce((a, b) => a + b)).toBe(urls.length);
      // A hash spreads the pages: no shard gets less than half its share.
      expect(Math.min(...counts)).toBeGreaterThan(urls.length / total / 2);
    }
    const shards = urls.map((url) => shardOf(url, 4));
    expect([...urls].reverse().map((url) => shardOf(url, 4))).toEqual([...shards].reverse());
    // Fixed by the URL alone: the first four bytes of its SHA-256.
    expect(shardOf('https://www.example.be/', 4)).toBe(shardOf('https://www.example.be/', 4));
    expect(new Set(shards)).toEqual(new Set([1, 2, 3, 4]));
  });
});

describe('NDJSON of a run', () => {
  it('ignores a last line cut off mid-write, and names a broken line elsewhere', () => {
    const text = `${line(0, page('https://a.be/'))}\n{"type":"page","ind`;
    expect(parseNdjson(text, 'f').map((entry) => entry.type)).toEqual(['page']);
    expect(() => parseNdjson(`{"type":"pa\n${line(0, page('https://a.be/'))}\n`, 'shard-1.ndjson')).toThrow('shard-1.ndjson: line 1 is not JSON');
    expect(() => parseNdjson('{"url":"https://a.be/"}\n', 'f')).toThrow('f: line 1 is neither a page nor a run');
  });
});

describe('merge', () => {
  it('joins shards in the order of the list, with one run spanning them', () => {
    const merged = mergeRuns([
      { name: 'shard-2', text: `${line(1, page('https://b.be/', ['banner-missing']))}\n${line(3, page('https://d.be/'))}\n${run('2026-12-01T10:00:00Z', '2026-12-01T10:05:00Z')}\n` },
      { name: 'shard-1', text: `${line(2, page('https://c.be/'))}\n${line(0, page('https://a.be/'))}\n${run('2026-12-01T09:59:00Z', '2026-12-01T10:04:00Z', false, 'Chrome/132.0.0.0')}\n` },
    ]);
    expect(merged.results.map(({ index, result }) => [index, result.url])).toEqual([
      [0, 'https://a.be/'],
      [1, 'https://b.be/'],
      [2, 'https://c.be/'],
      [3, 'https://d.be/'],
    ]);
    expect(merged.info).toMatchObject({
      startedAt: '2026-12-01T09:59:00Z',
      finishedAt: '2026-12-01T10:05:00Z',
      interrupted: false,
      browser: 'Chrome/131.0.0.0, Chrome/132.0.0.0',
      options: { wait: 10000 },
    });
    expect(merged.info.options).not.toHaveProperty('shard');
  });

  it('keeps a finished result over an interrupted one, and says a run was cut off', () => {
    const first = `${line(0, page('https://a.be/'))}\n${line(1, page('https://b.be/', ['interrupted']))}\n${run('2026-12-01T10:00:00Z', '2026-12-01T10:01:00Z', true)}\n`;
    const resumed = `${line(1, page('https://b.be/', ['banner-hidden']))}\n${run('2026-12-01T11:00:00Z', '2026-12-01T11:01:00Z')}\n`;
    for (const files of [[first, resumed], [resumed, first]]) {
      const merged = mergeRuns(files.map((text, n) => ({ name: `f${n}`, text })));
      expect(merged.results.map(({ result }) => result.problems.map((problem) => problem.code))).toEqual([[], ['banner-hidden']]);
      expect(merged.info.interrupted).toBe(false);
    }
    const cut = mergeRuns([{ name: 'f', text: `${line(0, page('https://a.be/'))}\n` }]);
    expect(cut.info.interrupted).toBe(true);
    expect(() => mergeRuns([{ name: 'empty.ndjson', text: '' }])).toThrow('No page results in empty.ndjson');
  });
});
