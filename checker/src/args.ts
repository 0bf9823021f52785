/** Command-line arguments of `report-banner check`. */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { CONTACTS } from 'report-banner/facts';
import { UsageError } from './errors.js';
import { parseShard, type Shard } from './shard.js';

export const USAGE = `Usage: report-banner-checker check [options] <url...>
       report-banner-checker merge [--json | --ndjson] [--report DIR] [--csv FILE] <ndjson file...>
       report-banner-checker verify [--tsa-cert FILE] <evidence folder>

Checks that each page shows the report-banner notice: present, visible without scrolling at a
desktop (1280x800) and a mobile (375x667) viewport, in the page's language, with the Child Focus
and 1712 contacts, readable and accessible.

Options:
  --urls-file FILE        read more URLs from FILE, one a line (# starts a comment)
  --json                  print JSON (checker, browser, options and a result per page)
  --ndjson                print each page's result as one JSON line as soon as it is checked,
                          then one line for the run
  --csv FILE              also write one line per page and problem to FILE
  --report DIR            also write a self-contained HTML report and results.json to DIR
  --screenshots DIR       save PNGs per page and viewport (and of any gate) in DIR
  --evidence DIR          write the evidence into DIR (a new or empty folder): per page and
                          viewport, screenshots with the address and UTC time drawn in, the
                          rendered DOM, an MHTML archive, the network log (HAR) and the
                          capture's facts; the results and report; manifest.json with the
                          SHA-256 of every file
  --tsa URL               time-stamp manifest.json at this RFC 3161 authority (manifest.tsr)
  --any-banner            also accept a static notice with the same links
  --check-links           fetch each web link of the banner and report error answers
  --click SELECTOR        click this before judging (repeatable, in order), for gates the
                          built-in age-gate and consent-wall detection misses
  --wait SECONDS          longest wait for the banner to appear (default 10; a page quiet
                          for 2 s ends it sooner)
  --recheck SECONDS       look again once the page is quiet, at the latest after this long,
                          then after a scroll (default 5; 0 = never)
  --expect-contacts IDS   the agreed services, e.g. childfocus,1712 (compared exactly)
  --expect-language LANG  the agreed language of the banner: nl, fr, de or en
  --concurrency N         pages checked at once, across hosts (default 2)
  --per-host N            pages of one host checked at once (default 1)
  --timeout SECONDS       time allowed to load each page (default 30)
  --shard I/N             check only the I-th of N shares of the list, chosen by a hash of each
                          URL (the same page always lands in the same shard)
  --resume FILE           take the pages already checked from FILE, the --ndjson output of an
                          interrupted run, and check only the others
  -h, --help              show this help

verify checks, offline, every file of an evidence folder against its manifest and the
time-stamp against the manifest, and names what changed. --tsa-cert FILE: a certificate (PEM)
of the authority, or of the one that issued its certificate, to trust.

merge joins the --ndjson output of several runs (the shards of a list, or a run and its
--resume) into one run: the summary, JSON or NDJSON on stdout, one HTML report and one CSV.

Exit status of check and merge: 0 every page complies, 1 some page does not, 2 usage error, a page could
not be loaded or the run was interrupted (Ctrl-C, SIGTERM). Of verify: 0 intact, 1 something
changed, 2 usage error. Chromium or Chrome is taken from CHROME_PATH or the usual install paths.`;

export interface Arguments {
  help: boolean;
  urls: string[];
  json: boolean;
  /** One JSON line per page as it finishes, then one for the run. */
  ndjson: boolean;
  anyBanner: boolean;
  checkLinks: boolean;
  screenshots?: string;
  /** Folder for the evidence and its manifest. */
  evidence?: string;
  /** RFC 3161 time-stamping authority for the manifest. */
  tsa?: string;
  report?: string;
  csv?: string;
  click: string[];
  concurrency: number;
  perHost: number;
  /** Milliseconds. */
  timeout: number;
  /** Milliseconds. */
  wait: number;
  /** Milliseconds; 0 skips the second look. */
  recheck: number;
  expectContacts?: string[];
  expectLanguage?: string;
  /** Only the pages of this shard of the list. */
  shard?: Shard;
  /** The `--ndjson` output of an earlier run whose finished pages are not checked again. */
  resume?: string;
}

function seconds(name: string, value: string | undefined, fallback: number, zero: boolean): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0 || (!zero && number === 0) || value.trim() === '') {
    throw new UsageError(`--${name} must be a ${zero ? 'number of seconds, 0 or more' : 'positive number of seconds'}, not ${JSON.stringify(value)}.`);
  }
  return Math.round(number * 1000);
}

function positive(name: string, value: string | undefined, fallback: number, integer: boolean): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0 || (integer && !Number.isInteger(number))) {
    throw new UsageError(`--${name} must be a positive ${integer ? 'whole number' : 'number'}, not ${JSON.stringify(value)}.`);
  }
  return number;
}

/** An absolute http(s) URL; a bare host such as `example.be` is taken as https. */
export function normaliseUrl(input: string): string {
  const text = /^[a-z][a-z0-9+.-]*:/i.test(input) ? input : `https://${input}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`Not a URL: ${JSON.stringify(input)}.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`Only http and https pages can be checked, not ${JSON.stringify(input)}.`);
  }
  return url.href;
}

export function urlsInFile(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line !== '');
}

export async function parseArguments(argv: readonly string[]): Promise<Arguments> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        json: { type: 'boolean' },
        ndjson: { type: 'boolean' },
        'any-banner': { type: 'boolean' },
        'check-links': { type: 'boolean' },
        screenshots: { type: 'string' },
        evidence: { type: 'string' },
        tsa: { type: 'string' },
        concurrency: { type: 'string' },
        'per-host': { type: 'string' },
        timeout: { type: 'string' },
        'urls-file': { type: 'string' },
        report: { type: 'string' },
        csv: { type: 'string' },
        click: { type: 'string', multiple: true },
        wait: { type: 'string' },
        recheck: { type: 'string' },
        'expect-contacts': { type: 'string' },
        'expect-language': { type: 'string' },
        shard: { type: 'string' },
        resume: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, ...inputs] = positionals;
  const help = values.help === true;
  if (!help && command !== 'check') {
    throw new UsageError(command ? `Unknown command ${JSON.stringify(command)}; the commands are "check", "merge" and "verify".` : 'Missing the command "check" (or "merge", "verify").');
  }
  if (values['urls-file'] !== undefined) {
    try {
      inputs.push(...urlsInFile(await readFile(values['urls-file'], 'utf8')));
    } catch (error) {
      throw new UsageError(`Cannot read --urls-file ${values['urls-file']}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const urls = [...new Set(inputs.map(normaliseUrl))];
  if (!help && urls.length === 0) throw new UsageError('No URL to check: give URLs or --urls-file FILE.');
  const language = values['expect-language']?.trim().toLowerCase();
  if (language !== undefined && !['nl', 'fr', 'de', 'en'].includes(language)) {
    throw new UsageError(`--expect-language must be nl, fr, de or en, not ${JSON.stringify(values['expect-language'])}.`);
  }
  const contacts = values['expect-contacts']?.split(',').map((id) => id.trim()).filter(Boolean);
  const unknown = contacts?.filter((id) => !CONTACTS.some((contact) => contact.id === id)) ?? [];
  if (contacts?.length === 0 || unknown.length > 0) {
    throw new UsageError(
      `--expect-contacts takes ids among ${CONTACTS.map((contact) => contact.id).join(', ')}${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}.`,
    );
  }
  if (values.tsa !== undefined) {
    if (values.evidence === undefined) throw new UsageError('--tsa time-stamps the evidence manifest: give --evidence DIR too.');
    if (!/^https?:\/\/[^\s]+$/i.test(values.tsa) || !URL.canParse(values.tsa)) throw new UsageError(`--tsa takes the http(s) address of a time-stamping authority, not ${JSON.stringify(values.tsa)}.`);
  }
  if (values.json && values.ndjson) throw new UsageError('--json and --ndjson print the same results two ways: choose one.');
  for (const selector of values.click ?? []) {
    if (selector.trim() === '') throw new UsageError('--click needs a CSS selector, not an empty text.');
  }
  return {
    help,
    urls,
    report: values.report,
    csv: values.csv,
    click: values.click ?? [],
    wait: seconds('wait', values.wait, 10_000, true),
    recheck: seconds('recheck', values.recheck, 5_000, true),
    ...(contacts ? { expectContacts: contacts } : {}),
    ...(language ? { expectLanguage: language } : {}),
    ...(values.shard !== undefined ? { shard: parseShard(values.shard) } : {}),
    ...(values.resume !== undefined ? { resume: values.resume } : {}),
    json: values.json === true,
    ndjson: values.ndjson === true,
    anyBanner: values['any-banner'] === true,
    checkLinks: values['check-links'] === true,
    screenshots: values.screenshots,
    ...(values.evidence !== undefined ? { evidence: values.evidence } : {}),
    ...(values.tsa !== undefined ? { tsa: values.tsa } : {}),
    concurrency: positive('concurrency', values.concurrency, 2, true),
    perHost: positive('per-host', values['per-host'], 1, true),
    timeout: Math.round(positive('timeout', values.timeout, 30, false) * 1000),
  };
}
