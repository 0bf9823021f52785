/**
 * `npm run release` as an operator meets it: the files, their hashes and licences, then the tag
 * from the operator page on a plain static server and on a PHP page, in headless Chromium.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import CHROMIUM_FLAGS from '../../checker/src/chromium-flags.json' with { type: 'json' };
import { VERSION } from '../../src/element/version.js';

const run = promisify(execFile);
const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { name: string; version: string };
const FILE = `${pkg.name}-${pkg.version}.js`;
let out = '';

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'report-banner-release-'));
  await run(process.execPath, ['scripts/release.mjs', '--out', out]);
}, 180_000);
afterAll(() => rm(out, { recursive: true, force: true }));

const read = (name: string) => readFile(join(out, name));
const text = async (name: string) => (await read(name)).toString('utf8');

describe('npm run release', () => {
  it('writes the versioned set', async () => {
    expect((await readdir(out)).sort()).toEqual(
      ['LICENSE', 'SHA256SUMS', 'THIRD-PARTY-LICENSES', FILE, `${FILE}.sri`, 'index.html', 'manifest.json'].sort(),
    );
  });

  it('publishes the hash of the file it wrote, in the .sri file and the manifest', async () => {
    const integrity = `sha384-${createHash('sha384').update(await read(FILE)).digest('base64')}`;
    expect((await text(`${FILE}.sri`)).trim()).toBe(integrity);
    const manifest = JSON.parse(await text('manifest.json'));
    expect(manifest).toMatchObject({ version: pkg.version, file: FILE, integrity, bytes: (await read(FILE)).length });
  });

  it('is the very file the tests ran against', async () => {
    expect((await read(FILE)).equals(await readFile('dist/report-banner.js'))).toBe(true);
  });

  it('starts with V8\'s compile hint, then a one-line header naming the project, version and licence', async () => {
    const [hint, header] = (await text(FILE)).split('\n', 2);
    // The hint counts only on the file's first line.
    expect(hint).toBe('//# allFunctionsCalledOnLoad');
    expect(header).toBe(
      `/*! report-banner ${pkg.version} | MIT licence | bundles Lit (BSD-3-Clause) and i18next (MIT): see THIRD-PARTY-LICENSES */`,
    );
    expect(VERSION, 'src/element/version.ts agrees with package.json').toBe(pkg.version);
  });

  it('ships the licence notices of the project and of Lit and i18next', async () => {
    expect(await text('LICENSE')).toBe(await readFile('LICENSE', 'utf8'));
    const notices = await text('THIRD-PARTY-LICENSES');
    for (const name of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'i18next']) {
      expect(notices).toContain(`\n${name} ${JSON.parse(await readFile(`node_modules/${name}/package.json`, 'utf8')).version} (`);
    }
    expect(notices).toContain('Copyright (c) 2017 Google LLC');
    expect(notices).toMatch(/Copyright \(c\) \d{4}.*i18next/);
  });

  it("says in the operator's page how to keep the page's own fixed parts usable", async () => {
    const page = await text('index.html');
    expect(page).toContain('Keep your page usable');
    const tags = [...page.matchAll(/<pre><code>(&lt;script src=.*?)<\/code><\/pre>/g)].map(([, tag]) => tag);
    expect(tags.some((tag) => tag.includes(' data-make-room&gt;&lt;/script&gt;'))).toBe(true);
  });

  it('lists every other file in SHA256SUMS with its sha256', async () => {
    const lines = (await text('SHA256SUMS')).trim().split('\n');
    expect(lines).toHaveLength(6);
    for (const line of lines) {
      const [digest, name] = line.split('  ');
      expect(createHash('sha256').update(await read(name)).digest('hex'), name).toBe(digest);
    }
  });
});

/** The tag as the operator page shows it, unescaped: what an operator copies. */
async function operatorTag(): Promise<string> {
  const page = await text('index.html');
  const escaped = page.match(/<pre><code>(&lt;script src=.*?)<\/code><\/pre>/)?.[1];
  if (!escaped) throw new Error('the operator page shows no script tag');
  return escaped.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** Starts a server the operator would use, and waits until it answers. */
async function serve(command: string, args: (port: number) => string[]): Promise<{ origin: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(command, args(port), { cwd: out, stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`${command} exited with ${child.exitCode}`);
    const answered = await fetch(`${origin}/manifest.json`).then((response) => response.ok, () => false);
    if (answered) return { origin, child };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`${command} never answered on ${origin}`);
}

describe('the operator route, end to end', () => {
  let browser: Browser;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium',
      headless: true,
      args: ['--no-sandbox', ...CHROMIUM_FLAGS],
    });
  }, 60_000);
  afterAll(async () => {
    for (const child of children) child.kill();
    await browser?.close();
  });

  /** The banner's visible text on `url`, or null when no banner rendered. */
  async function bannerText(url: string): Promise<string | null> {
    // A context of its own: an empty cache, as a first visitor has.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => document.readyState === 'complete');
      const handle = await page.waitForFunction(
        // Numbers are written with no-break spaces (116\u00a0000): compare with plain ones.
        () => document.querySelector('report-banner')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() || null,
        { timeout: 10_000 },
      ).catch(() => null);
      return handle ? ((await handle.jsonValue()) as string) : null;
    } finally {
      await context.close();
    }
  }

  const hostPage = (lang: string, tag: string) =>
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Listings</title></head><body><h1>Listings</h1>\n${tag}\n</body></html>\n`;

  it('shows the banner from the copied tag on a plain static server, and refuses a file that does not match', async () => {
    const tag = await operatorTag();
    expect(tag).toBe(`<script src="/${FILE}" integrity="${(await text(`${FILE}.sri`)).trim()}" crossorigin="anonymous" defer></script>`);
    await writeFile(join(out, 'shop.html'), hostPage('fr', tag));
    await writeFile(join(out, 'tampered.html'), hostPage('fr', tag.replace(/integrity="sha384-(.)/, (_, first: string) => `integrity="sha384-${first === 'A' ? 'B' : 'A'}`)));
    const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
    const server = await serve(python, (port) => ['-m', 'http.server', String(port), '--bind', '127.0.0.1']);
    children.push(server.child);
    expect(await bannerText(`${server.origin}/shop.html`)).toContain('116 000');
    expect(await bannerText(`${server.origin}/tampered.html`)).toBeNull();
  }, 60_000);

  it('shows the banner on a PHP page that computes the hash with hash_file', async () => {
    await writeFile(
      join(out, 'shop.php'),
      `<?php $file = '${FILE}'; $integrity = 'sha384-' . base64_encode(hash_file('sha384', __DIR__ . '/' . $file, true)); ?>\n` +
        hostPage('nl', `<script src="/<?= $file ?>" integrity="<?= $integrity ?>" crossorigin="anonymous" defer data-audience="youth"></script>`),
    );
    const server = await serve('php', (port) => ['-S', `127.0.0.1:${port}`]);
    children.push(server.child);
    const shown = await bannerText(`${server.origin}/shop.php`);
    expect(shown).toContain('116 000');
  }, 60_000);
});
