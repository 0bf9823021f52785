/**
 * The checker end to end: the built CLI as a child process, a real Chromium, fixture pages served
 * from 127.0.0.1 that load the real built banner through its script tag.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageResult } from '../../cli/check-page.js';
import { PROBLEMS, type ProblemCode } from '../../cli/problems.js';
import { runCli, type CliRun } from './run-cli.js';
import { BUNDLE, startServer, type FixtureServer } from './server.js';

type Verdict = 'PASS' | 'FAIL' | 'ERROR';

/** Every fixture with the verdict and the exact set of problem codes it must give. */
const EXPECTED: Record<string, [Verdict, ProblemCode[]]> = {
  '/compliant-nl.html': ['PASS', []],
  '/compliant-fr.html': ['PASS', []],
  '/no-banner.html': ['FAIL', ['banner-missing']],
  '/not-rendered.html': ['FAIL', ['banner-not-rendered']],
  '/hidden.html': ['FAIL', ['banner-hidden']],
  '/transparent.html': ['FAIL', ['banner-transparent']],
  '/covered.html': ['FAIL', ['banner-covered']],
  '/off-screen.html': ['FAIL', ['banner-off-screen']],
  '/wrong-language.html': ['FAIL', ['wrong-language']],
  '/contacts-removed.html': ['FAIL', ['contact-report-missing', 'contact-1712-missing', 'contact-phone-missing']],
  '/tiny-text.html': ['FAIL', ['text-too-small']],
  '/low-contrast.html': ['FAIL', ['low-contrast']],
  // Hides the banner, links and all, from screen readers.
  '/aria-hidden.html': ['FAIL', ['a11y-violation']],
  // Without --any-banner a static notice does not count.
  '/static-notice.html': ['FAIL', ['banner-missing']],
  '/never': ['ERROR', ['page-timeout']],
  '/missing.html': ['ERROR', ['page-http-error']],
};
/** A closed port: the connection is refused. */
const UNREACHABLE = 'http://127.0.0.1:1/';

/** The human summary as url → verdict and codes. */
function parseHuman(stdout: string): Map<string, { verdict: Verdict; codes: string[] }> {
  const pages = new Map<string, { verdict: Verdict; codes: string[] }>();
  let current: { verdict: Verdict; codes: string[] } | undefined;
  for (const line of stdout.split('\n')) {
    const head = /^(PASS|FAIL|ERROR) +(\S+)$/.exec(line);
    if (head) {
      current = { verdict: head[1] as Verdict, codes: [] };
      pages.set(head[2], current);
      continue;
    }
    const problem = /^ {6}([a-z0-9-]+)(?: \[[a-z, ]+\])?: /.exec(line);
    if (problem && current && problem[1] in PROBLEMS) current.codes.push(problem[1]);
  }
  return pages;
}

const sorted = (codes: readonly string[]) => [...new Set(codes)].sort();

describe('report-banner check', { timeout: 120_000 }, () => {
  let server: FixtureServer;
  let urls: string[];
  let human: CliRun;
  let json: CliRun;
  let results: PageResult[];

  beforeAll(async () => {
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run "npm run build" first.`);
    server = await startServer();
    urls = [...Object.keys(EXPECTED).map((path) => `${server.origin}${path}`), UNREACHABLE];
    // One host serves every fixture: allowing four at once keeps the run short.
    const common = ['check', '--timeout', '10', '--concurrency', '4', '--per-host', '4', ...urls];
    [human, json] = await Promise.all([runCli(common), runCli([...common, '--json'])]);
    results = JSON.parse(json.stdout) as PageResult[];
  }, 180_000);

  afterAll(() => server?.close());

  it('exits with 2 when a page could not be loaded, and names those pages', () => {
    for (const run of [human, json]) {
      expect(run.status).toBe(2);
      const named = /could not load (.*)$/m.exec(run.stderr)?.[1].split(', ');
      expect(sorted(named ?? [])).toEqual(sorted([`${server.origin}/never`, `${server.origin}/missing.html`, UNREACHABLE]));
    }
  });

  it('gives each fixture its verdict and codes in the human summary', () => {
    const pages = parseHuman(human.stdout);
    expect([...pages.keys()]).toEqual(urls);
    for (const [path, [verdict, codes]] of Object.entries(EXPECTED)) {
      const page = pages.get(`${server.origin}${path}`);
      expect({ path, verdict: page?.verdict, codes: sorted(page?.codes ?? []) }).toEqual({ path, verdict, codes: sorted(codes) });
    }
    expect(pages.get(UNREACHABLE)).toEqual({ verdict: 'ERROR', codes: ['page-unreachable'] });
    expect(human.stdout).toMatch(/^17 pages checked: 2 compliant, 12 not compliant, 3 could not be loaded\.$/m);
  });

  it('gives each fixture its verdict and codes in the JSON output', () => {
    expect(results.map((result) => result.url)).toEqual(urls);
    for (const result of results) {
      expect(Object.keys(result)).toEqual(['url', 'compliant', 'problems', 'evidence']);
      const [verdict, codes] = result.url === UNREACHABLE ? (['ERROR', ['page-unreachable']] as const) : EXPECTED[new URL(result.url).pathname];
      const seen = { url: result.url, compliant: result.compliant, codes: sorted(result.problems.map((problem) => problem.code)) };
      expect(seen).toEqual({ url: result.url, compliant: verdict === 'PASS', codes: sorted(codes) });
      expect(result.evidence.loaded).toBe(verdict !== 'ERROR');
      for (const problem of result.problems) expect(problem.message.length).toBeGreaterThan(10);
    }
  });

  it('records evidence: language, viewports, sizes and what covers the banner', () => {
    const byPath = (path: string) => results.find((result) => result.url === `${server.origin}${path}`)!;
    const { viewports } = byPath('/compliant-fr.html').evidence;
    expect(viewports.desktop.viewport).toEqual({ width: 1280, height: 800 });
    expect(viewports.mobile.viewport).toEqual({ width: 375, height: 667 });
    for (const view of Object.values(viewports)) {
      expect(view.pageLanguage).toBe('fr-BE');
      expect(view.banner?.language).toBe('fr');
      expect(view.banner?.links.map((link) => link.href)).toContain('tel:1712');
      expect(Math.min(...view.banner!.samples.map((sample) => sample.fontSize))).toBeGreaterThanOrEqual(12);
    }
    const covered = byPath('/covered.html');
    expect(covered.evidence.viewports.desktop.banner?.samples.every((sample) => sample.coveredBy === 'div#age-gate')).toBe(true);
    // The full-page gate covers the folded bar on the phone too: nothing of it hides in a scroll area.
    expect(covered.problems[0].viewports).toEqual(['desktop', 'mobile']);
    const offScreen = byPath('/off-screen.html').problems;
    expect(offScreen.flatMap((problem) => problem.viewports)).toEqual(['desktop', 'mobile']);
    expect(byPath('/compliant-nl.html').evidence.accessibility).toEqual([]);
  });

  it('reports progress on stderr for a long list', () => {
    expect(human.stderr).toContain(`report-banner: ${urls.length}/${urls.length} checked`);
  });

  it('accepts a static notice with --any-banner, saves screenshots and exits with 0 when all comply', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'report-banner-check-'));
    try {
      const run = await runCli([
        'check',
        '--any-banner',
        '--per-host',
        '2',
        '--json',
        '--screenshots',
        dir,
        `${server.origin}/static-notice.html`,
        `${server.origin}/compliant-nl.html`,
      ]);
      expect(run.status).toBe(0);
      const [notice, banner] = JSON.parse(run.stdout) as PageResult[];
      expect(notice.compliant).toBe(true);
      expect(notice.evidence.viewports.mobile.banner?.kind).toBe('static');
      expect(banner.evidence.viewports.mobile.banner?.kind).toBe('report-banner');
      const files = (await readdir(dir)).sort();
      expect(files).toEqual([
        '001-127.0.0.1_static-notice.html-desktop.png',
        '001-127.0.0.1_static-notice.html-mobile.png',
        '002-127.0.0.1_compliant-nl.html-desktop.png',
        '002-127.0.0.1_compliant-nl.html-mobile.png',
      ].map((name) => name.replace('127.0.0.1', `127.0.0.1_${new URL(server.origin).port}`)));
      const png = await readFile(join(dir, files[0]));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(notice.evidence.viewports.desktop.screenshot).toBe(join(dir, files[0]));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads --urls-file, exits with 1 when a loaded page does not comply, and fetches no link unasked', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'report-banner-urls-'));
    const list = join(dir, 'urls.txt');
    await writeFile(list, `# pages to check\n${server.origin}/no-banner.html\n\n`);
    const run = await runCli(['check', '--urls-file', list]);
    await rm(dir, { recursive: true, force: true });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`FAIL  ${server.origin}/no-banner.html`);
    expect(run.stderr).toBe('');
    expect(server.requests.filter((request) => request.includes('/links/'))).toEqual([]);
  });
});

describe('report-banner usage errors', { timeout: 30_000 }, () => {
  it.each([
    [[], /Missing the command "check"/],
    [['check'], /No URL to check/],
    [['check', '--bogus', 'https://example.be/'], /Unknown option '--bogus'/],
    [['check', 'ftp://example.be/'], /Only http and https/],
    [['check', '--concurrency', '0', 'https://example.be/'], /--concurrency must be a positive whole number/],
    [['check', '--urls-file', '/nonexistent/urls.txt'], /Cannot read --urls-file/],
  ])('exits with 2 for %j', async (args, message) => {
    const run = await runCli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('exits with 2 and says so when the browser cannot be found', async () => {
    const run = await runCli(['check', 'https://example.be/'], { CHROME_PATH: '/nonexistent/chrome' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('CHROME_PATH=/nonexistent/chrome is not an executable file.');
  });

  it('prints its help with exit status 0', async () => {
    const run = await runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: report-banner check');
  });
});
