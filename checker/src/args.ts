/** Command-line arguments of `report-banner check`. */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { UsageError } from './errors.js';

export const USAGE = `Usage: report-banner check [options] <url...>

Checks that each page shows the report-banner notice: present, visible without scrolling at a
desktop (1280x800) and a mobile (375x667) viewport, in the page's language, with the Child Focus
and 1712 contacts, readable and accessible.

Options:
  --urls-file FILE     read more URLs from FILE, one a line (# starts a comment)
  --json               print a JSON array instead of the summary
  --any-banner         also accept a static notice with the same links
  --check-links        fetch each web link of the banner and report error answers
  --screenshots DIR    save a PNG per page and viewport in DIR
  --concurrency N      pages checked at once, across hosts (default 2)
  --per-host N         pages of one host checked at once (default 1)
  --timeout SECONDS    time allowed to load each page (default 30)
  -h, --help           show this help

Exit status: 0 every page complies, 1 some page does not, 2 usage error or a page could not
be loaded. Chromium or Chrome is taken from CHROME_PATH or the usual install paths.`;

export interface Arguments {
  help: boolean;
  urls: string[];
  json: boolean;
  anyBanner: boolean;
  checkLinks: boolean;
  screenshots?: string;
  concurrency: number;
  perHost: number;
  /** Milliseconds. */
  timeout: number;
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
        'any-banner': { type: 'boolean' },
        'check-links': { type: 'boolean' },
        screenshots: { type: 'string' },
        concurrency: { type: 'string' },
        'per-host': { type: 'string' },
        timeout: { type: 'string' },
        'urls-file': { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, ...inputs] = positionals;
  const help = values.help === true;
  if (!help && command !== 'check') {
    throw new UsageError(command ? `Unknown command ${JSON.stringify(command)}; the command is "check".` : 'Missing the command "check".');
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
  return {
    help,
    urls,
    json: values.json === true,
    anyBanner: values['any-banner'] === true,
    checkLinks: values['check-links'] === true,
    screenshots: values.screenshots,
    concurrency: positive('concurrency', values.concurrency, 2, true),
    perHost: positive('per-host', values['per-host'], 1, true),
    timeout: Math.round(positive('timeout', values.timeout, 30, false) * 1000),
  };
}
