/**
 * `--shard I/N`: a stable share of the list, chosen by a hash of each URL, so a page always lands
 * in the same shard whatever the order or length of the list, and N runs on N machines together
 * check every page once.
 */
import { createHash } from 'node:crypto';
import { UsageError } from './errors.js';

export interface Shard {
  /** 1 to `total`. */
  index: number;
  total: number;
}

export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || total < 1 || index < 1 || index > total) {
    throw new UsageError(`--shard takes I/N with 1 <= I <= N, e.g. 2/4 for the second of four shards, not ${JSON.stringify(text)}.`);
  }
  return { index, total };
}

/** The shard (1 to `total`) a URL belongs to: the first four bytes of its SHA-256, modulo `total`. */
export function shardOf(url: string, total: number): number {
  return (createHash('sha256').update(url).digest().readUInt32BE(0) % total) + 1;
}

export const inShard = (url: string, shard: Shard) => shardOf(url, shard.total) === shard.index;
