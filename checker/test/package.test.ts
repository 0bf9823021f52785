/**
 * The checker as a package of its own: packed as npm would publish it, installed in a temporary
 * folder outside the repository and run there through npx, as an inspector would.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageResult } from '../src/check-page.js';
import { startServer, type FixtureServer } from './server.js';

const run = promisify(execFile);
const CHECKER = fileURLToPath(new URL('..', import.meta.url));
const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url));
const QUICK = ['--timeout', '20', '--wait', '4', '--recheck', '0'];

/** Runs `npx report-banner-checker …` in `cwd`; ends it like Ctrl-C in a terminal (SIGINT to the group) once `until` is printed. */
function npx(cwd: string, args: readonly string[], until?: string, env: NodeJS.ProcessEnv = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn('npx', ['--no-install', 'report-banner-checker', ...args], { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (until && stdout.includes(until)) {
      until = undefined;
      process.kill(-child.pid!, 'SIGINT');
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

describe('the packed report-banner-checker', { timeout: 600_000 }, () => {
  let server: FixtureServer;
  let folder: string;
  let files: string[];

  beforeAll(async () => {
    server = await startServer();
    folder = await mkdtemp(join(tmpdir(), 'report-banner-checker-npx-'));
    // `npm test` has built the checker: packing runs no script.
    const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', folder], { cwd: CHECKER });
    const [packed] = JSON.parse(stdout) as [{ filename: string; files: { path: string }[] }];
    files = packed.files.map((file) => file.path);
    await writeFile(join(folder, 'package.json'), '{ "private": true }\n');
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(folder, packed.filename)], { cwd: folder });
  }, 600_000);

  afterAll(async () => {
    await server?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('holds the built command, its README and nothing of the repository', async () => {
    expect(files.sort()).toEqual(['README.md', 'bin/report-banner.mjs', 'dist/report-banner.mjs', 'package.json']);
    expect(folder.startsWith(REPOSITORY)).toBe(false);
    const installed = await readdir(join(folder, 'node_modules'));
    expect(installed).toContain('report-banner-checker');
    // The banner's facts are built in from report-banner/facts, not installed beside it.
    expect(installed).not.toContain('report-banner');
  });

  it('checks a page through npx, writes and verifies evidence outside the repository', async () => {
    const evidence = join(folder, 'evidence');
    const checked = await npx(folder, ['check', ...QUICK, '--evidence', evidence, `${server.origin}/compliant-nl.html`]);
    expect(checked.stdout).toContain(`PASS  ${server.origin}/compliant-nl.html`);
    expect(checked.status, checked.stderr).toBe(0);
    const verified = await npx(folder, ['verify', evidence]);
    expect(verified.stdout).toContain('VERIFIED: the evidence is as it was sealed.');
    expect(verified.status).toBe(0);
  });

  // npm runs the command through its script shell: Debian's /bin/sh (dash) ends on Ctrl-C itself and
  // npm then ends with the signal; with bash the checker's own status comes through (README, "Exit status").
  it('on Ctrl-C keeps the finished page, reports the rest as interrupted and exits with 2 through npx', async () => {
    const pages = [`${server.origin}/compliant-nl.html`, `${server.origin}/never?a`, `${server.origin}/never?b`];
    // The first page's line is printed once it is checked; the second page never answers.
    const stopped = await npx(folder, ['check', ...QUICK, '--ndjson', '--concurrency', '1', ...pages], '"type":"page"', {
      npm_config_script_shell: '/bin/bash',
    });
    const lines = stopped.stdout.trim().split('\n').map((line) => JSON.parse(line) as Partial<PageResult> & { type: string; interrupted?: boolean });
    expect(lines.map((line) => (line.type === 'page' ? line.problems!.map((problem) => problem.code).join() || 'compliant' : line.type))).toEqual([
      'compliant',
      'interrupted',
      'interrupted',
      'run',
    ]);
    expect(lines[3].interrupted).toBe(true);
    expect(stopped.stderr).toContain(`interrupted before checking ${pages[1]}, ${pages[2]}`);
    expect(stopped.stderr).not.toContain('could not load');
    expect(stopped.status).toBe(2);
  });

  it('documents its exit status in its README', async () => {
    const readme = await readFile(join(folder, 'node_modules', 'report-banner-checker', 'README.md'), 'utf8');
    expect(readme).toContain('## Exit status');
  });
});
