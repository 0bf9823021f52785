/**
 * Evidence that holds up: the built CLI captures fixture pages into an evidence folder, has its
 * manifest time-stamped by a local authority (OpenSSL), and `verify` checks it offline and names
 * what was changed. Also: the same pages checked three times get the same verdicts.
 */
import { existsSync } from 'node:fs';
import { appendFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageResult } from '../src/check-page.js';
import { children, readTlv } from '../src/der.js';
import type { CaptureFacts } from '../src/evidence.js';
import type { Manifest } from '../src/manifest.js';
import type { Har } from '../src/network-log.js';
import { timestampRequest } from '../src/timestamp.js';
import { runCli, type CliRun } from './run-cli.js';
import { BUNDLE, startServer, type FixtureServer } from './server.js';
import { openssl, startTsa, type LocalTsa } from './tsa.js';

const QUICK = ['--timeout', '20', '--wait', '4', '--recheck', '0'];
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('report-banner-checker evidence', { timeout: 600_000 }, () => {
  let server: FixtureServer;
  let tsa: LocalTsa;
  let out: string;
  let dir: string;
  let check: CliRun;
  let results: PageResult[];

  beforeAll(async () => {
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run "npm run build" first.`);
    [server, tsa] = await Promise.all([startServer(), startTsa()]);
    out = await mkdtemp(join(tmpdir(), 'report-banner-evidence-'));
    dir = join(out, 'evidence');
    check = await runCli(['check', ...QUICK, '--json', '--evidence', dir, '--tsa', tsa.url, `${server.origin}/age-gate.html`, `${server.origin}/missing.html`]);
    results = (JSON.parse(check.stdout) as { results: PageResult[] }).results;
  }, 600_000);

  afterAll(async () => {
    await Promise.all([server?.close(), tsa?.close()]);
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('captures each judged page and viewport: screenshots with the address and time, DOM, MHTML, HAR and facts', async () => {
    expect(check.status, check.stderr).toBe(2);
    const [gated, missing] = results;
    expect(gated.compliant).toBe(true);
    expect(gated.evidence.viewports.desktop.evidence).toBe(`pages/001-127.0.0.1_${new URL(server.origin).port}_age-gate.html/desktop`);
    // The page that could not be loaded leaves no capture behind.
    expect(missing.evidence.viewports).toEqual({});
    expect(await readdir(join(dir, 'pages'))).toEqual([gated.evidence.viewports.desktop.evidence!.split('/')[1]]);
    for (const [name, view] of Object.entries(gated.evidence.viewports)) {
      const folder = join(dir, view.evidence!);
      expect((await readdir(folder)).sort()).toEqual(['before-gate.png', 'capture.json', 'dom.html', 'first-screen.png', 'full-page.png', 'network.har', 'page.mhtml']);
      const facts = JSON.parse(await readFile(join(folder, 'capture.json'), 'utf8')) as CaptureFacts & { checker: { name: string }; browser: string; facts: string };
      expect(facts).toMatchObject({
        checker: { name: 'report-banner-checker' },
        url: `${server.origin}/age-gate.html`,
        finalUrl: `${server.origin}/age-gate.html`,
        status: 200,
        viewport: { name, width: view.viewport.width, height: view.viewport.height },
        waits: { wait: 4000, recheck: 0, timeout: 20_000 },
        gate: [{ kind: 'click', text: 'Ik ben 18+', reason: 'age' }],
      });
      expect(facts.browser).toMatch(/^Chrome\/\d+/);
      expect(facts.facts).toMatch(/^\d+\.\d+\.\d+/);
      expect(facts.language).not.toBe('');
      // The caption band above the screen itself: as wide as the viewport, taller than it.
      const shot = pngSize(await readFile(join(folder, 'first-screen.png')));
      expect(shot.width).toBe(view.viewport.width);
      expect(shot.height).toBeGreaterThan(view.viewport.height);
      const dom = await readFile(join(folder, 'dom.html'), 'utf8');
      expect(dom).toMatch(/^<!doctype html>\n<html lang="nl"/);
      expect(dom).toContain('<template shadowrootmode="open">');
      expect(dom).toContain(view.banner!.title!);
      const mhtml = await readFile(join(folder, 'page.mhtml'), 'latin1');
      expect(mhtml).toMatch(/^From: <Saved by Blink>/);
      expect(mhtml).toMatch(/Content-Type: multipart\/related/);
      const har = JSON.parse(await readFile(join(folder, 'network.har'), 'utf8')) as Har;
      expect(har.log.version).toBe('1.2');
      expect(har.log.entries.map((entry) => [new URL(entry.request.url).pathname, entry.response.status])).toEqual(
        expect.arrayContaining([
          ['/age-gate.html', 200],
          // The page's banner script (the fixture draws a stale copy of the banner).
          ['/stale-banner.js', 200],
        ]),
      );
    }
    expect(check.stderr).toMatch(/evidence in .*: \d+ files in manifest\.json; time-stamped at \d{4}-\d\d-\d\dT[\d:]+Z by CN=Local test TSA\./);
  });

  it('hashes every file into the manifest', async () => {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    const paths = manifest.files.map((file) => file.path);
    expect(paths).toContain('results.json');
    expect(paths).toContain('report.html');
    expect(paths.filter((path) => path.startsWith('pages/'))).toHaveLength(14);
    for (const file of manifest.files) expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('has the manifest time-stamped by the authority: OpenSSL verifies the token', async () => {
    expect(tsa.answered).toBe(1);
    const verified = await openssl(['ts', '-verify', '-in', join(dir, 'manifest.tsr'), '-data', join(dir, 'manifest.json'), '-CAfile', tsa.rootCertificate]);
    expect(`${verified.stdout}${verified.stderr}`).toContain('Verification: OK');
  });

  it('writes the same time-stamp request as OpenSSL', async () => {
    const data = join(out, 'data.txt');
    await writeFile(data, 'evidence\n');
    const query = join(out, 'query.tsq');
    await openssl(['ts', '-query', '-data', data, '-sha256', '-cert', '-out', query]);
    const theirs = await readFile(query);
    // The nonce is random: OpenSSL's is taken over.
    const nonce = children(readTlv(theirs))[2].content;
    expect(timestampRequest(Buffer.from('evidence\n'), nonce).equals(theirs)).toBe(true);
  });

  it('verifies the folder offline, and names a changed byte, a removed file, an added file and a changed manifest', async () => {
    const intact = await runCli(['verify', '--tsa-cert', tsa.rootCertificate, dir]);
    expect(intact.stdout).toMatch(/^\d+ file\(s\) match manifest\.json; 0 changed, 0 missing, 0 added\.$/m);
    expect(intact.stdout).toContain('signed by CN=Local test TSA; signature valid, certificate issued by a trusted certificate given.');
    expect(intact.stdout).toContain('VERIFIED: the evidence is as it was sealed.');
    expect(intact.status).toBe(0);
    const untrusted = await runCli(['verify', '--tsa-cert', join(dir, 'pages', (await readdir(join(dir, 'pages')))[0], 'desktop', 'dom.html'), dir]);
    expect(untrusted.status).toBe(2);
    expect(untrusted.stderr).toContain('Cannot read --tsa-cert');

    const view = results[0].evidence.viewports.mobile.evidence!;
    const png = join(dir, view, 'first-screen.png');
    const original = await readFile(png);
    const changed = Buffer.from(original);
    changed[changed.length - 20] ^= 1;
    await writeFile(png, changed);
    const oneByte = await runCli(['verify', dir]);
    expect(oneByte.status).toBe(1);
    expect(oneByte.stdout.split('\n').filter((line) => /^(CHANGED|MISSING|ADDED)/.test(line))).toEqual([`CHANGED ${view}/first-screen.png`]);
    expect(oneByte.stdout).toContain('NOT VERIFIED');
    await writeFile(png, original);

    await rm(join(dir, view, 'dom.html'));
    await writeFile(join(dir, 'note.txt'), 'added later\n');
    const moved = await runCli(['verify', dir]);
    expect(moved.status).toBe(1);
    expect(moved.stdout).toContain(`MISSING ${view}/dom.html`);
    expect(moved.stdout).toContain('ADDED   note.txt (not in manifest.json)');
    await rm(join(dir, 'note.txt'));

    // Rewriting the manifest to match a change does not survive the time-stamp.
    await appendFile(join(dir, 'manifest.json'), ' ');
    const rewritten = await runCli(['verify', dir]);
    expect(rewritten.status).toBe(1);
    expect(rewritten.stdout).toContain('Time-stamp NOT VALID: the time-stamp is over other data: the manifest was changed after it was time-stamped.');
    const theirs = await openssl(['ts', '-verify', '-in', join(dir, 'manifest.tsr'), '-data', join(dir, 'manifest.json'), '-CAfile', tsa.rootCertificate]).catch(
      (error: { stdout: string; stderr: string }) => error,
    );
    expect(`${theirs.stdout}${theirs.stderr}`).toContain('Verification: FAILED');
  });

  it('refuses a folder that holds files already, and --tsa without --evidence', async () => {
    const again = await runCli(['check', '--evidence', dir, `${server.origin}/compliant-nl.html`]);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/--evidence .* must be a new or empty folder/);
    const alone = await runCli(['check', '--tsa', tsa.url, `${server.origin}/compliant-nl.html`]);
    expect(alone.status).toBe(2);
    expect(alone.stderr).toContain('--tsa time-stamps the evidence manifest: give --evidence DIR too.');
  });

  it('gives the same verdicts to the same pages checked three times', async () => {
    // A page of each kind: compliant, behind a gate, covered, altered by a veil, in an NGO's own wording.
    const paths = ['/compliant-nl.html', '/age-gate.html', '/covered.html', '/veil.html', '/ngo-wording.html'];
    const urls = paths.map((path) => `${server.origin}${path}`);
    const runs = await Promise.all(
      [1, 2, 3].map(() => runCli(['check', ...QUICK, '--json', '--concurrency', '2', '--per-host', '2', ...urls])),
    );
    const verdicts = runs.map((run) =>
      (JSON.parse(run.stdout) as { results: PageResult[] }).results.map((result) => ({
        url: result.url,
        compliant: result.compliant,
        problems: result.problems.map((problem) => `${problem.code} ${problem.rule} ${problem.viewports?.join(',') ?? ''}`),
        notes: result.notes.map((note) => note.code),
      })),
    );
    expect(verdicts[0].map((page) => page.compliant)).toEqual([true, true, false, false, true]);
    expect(verdicts[1]).toEqual(verdicts[0]);
    expect(verdicts[2]).toEqual(verdicts[0]);
  });
});
