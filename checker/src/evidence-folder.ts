/** The `--evidence` folder as a whole: proven new or empty before the run, sealed after it. */
import { X509Certificate } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { PageResult } from './check-page.js';
import { UsageError } from './errors.js';
import { htmlReport } from './html-report.js';
import { MANIFEST, TIMESTAMP, verified, verifyFolder, writeManifest } from './manifest.js';
import { prepareFolder } from './output-files.js';
import { formatJson, notLoaded, type RunInfo } from './report.js';
import { requestTimestamp } from './timestamp.js';

/** Evidence is never mixed with an earlier run's: the folder must be new or empty. */
export async function prepareEvidenceFolder(dir: string): Promise<void> {
  const existing = await readdir(dir).catch(() => []);
  if (existing.length > 0) throw new UsageError(`--evidence ${dir} must be a new or empty folder; it holds ${existing.length} file(s) already.`);
  await prepareFolder('--evidence', dir);
}

export interface Sealed {
  files: number;
  /** The time the authority states, with --tsa. */
  timestamped?: { time: string; authority: string };
}

/**
 * Writes the run's results and report beside the captures, drops the captures of pages that were
 * not judged to the end (cut off, not loaded), hashes every file into the manifest and, with
 * `tsa`, has the manifest time-stamped.
 */
export async function sealEvidence(dir: string, run: RunInfo, results: readonly PageResult[], tsa?: string): Promise<Sealed> {
  for (const result of results.filter(notLoaded)) {
    for (const view of Object.values(result.evidence.viewports)) {
      if (view.evidence) await rm(join(dir, view.evidence), { recursive: true, force: true });
    }
  }
  // A page cut off half-way still left a folder: its name starts with the page's number.
  const judged = new Set(results.filter((result) => !notLoaded(result)).flatMap((result) => Object.values(result.evidence.viewports).map((view) => view.evidence?.split('/')[1])));
  for (const folder of await readdir(join(dir, 'pages')).catch(() => [])) {
    if (!judged.has(folder)) await rm(join(dir, 'pages', folder), { recursive: true, force: true });
  }
  await writeFile(join(dir, 'results.json'), formatJson(run, results));
  await writeFile(join(dir, 'report.html'), await htmlReport(run, results));
  const manifest = await writeManifest(dir, { name: 'report-banner-checker', version: run.checker.version });
  const files = JSON.parse(manifest.toString('utf8')).files.length as number;
  if (!tsa) return { files };
  const { response, check } = await requestTimestamp(tsa, manifest);
  await writeFile(join(dir, TIMESTAMP), response);
  return { files, timestamped: { time: check.time!, authority: check.authority! } };
}

/** `report-banner-checker verify DIR`: prints what it found; answers the exit status (0 intact, 1 changed). */
export async function verifyCommand(folder: string, trustedFiles: readonly string[], print: (line: string) => void): Promise<0 | 1> {
  const dir = resolve(folder);
  const trusted: X509Certificate[] = [];
  for (const file of trustedFiles) {
    try {
      const text = await readFile(file);
      const pems = text.toString('latin1').match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [text];
      trusted.push(...pems.map((pem) => new X509Certificate(pem)));
    } catch (error) {
      throw new UsageError(`Cannot read --tsa-cert ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  let result;
  try {
    result = await verifyFolder(dir, trusted);
  } catch (error) {
    throw new UsageError(`Cannot verify ${dir}: ${error instanceof Error ? error.message : String(error)}`);
  }
  for (const path of result.changed) print(`CHANGED ${path}`);
  for (const path of result.missing) print(`MISSING ${path}`);
  for (const path of result.added) print(`ADDED   ${path} (not in ${MANIFEST})`);
  print(`${result.intact} file(s) match ${MANIFEST}; ${result.changed.length} changed, ${result.missing.length} missing, ${result.added.length} added.`);
  const { timestamp } = result;
  if (!timestamp) print(`No time-stamp (${TIMESTAMP}): the manifest shows what the files were, not since when.`);
  else if (timestamp.ok) {
    const trust = timestamp.trusted ? 'issued by a trusted certificate given' : 'not checked against a trusted certificate (give --tsa-cert FILE)';
    print(`Time-stamp: ${MANIFEST} existed at ${timestamp.time}, signed by ${timestamp.authority}; signature valid, certificate ${trust}.`);
  } else print(`Time-stamp NOT VALID: ${timestamp.problems.join('; ')}.`);
  print(verified(result) ? 'VERIFIED: the evidence is as it was sealed.' : 'NOT VERIFIED: the evidence differs from what was sealed.');
  return verified(result) ? 0 : 1;
}
