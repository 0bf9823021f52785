/** `npm run build:site`: a folder a static host serves as is, every address inside it resolving. */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import CHROMIUM_FLAGS from '../../checker/src/chromium-flags.json' with { type: 'json' };

const { version } = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
let out = '';

beforeAll(async () => {
  out = join(await mkdtemp(join(tmpdir(), 'report-banner-site-')), 'site');
  await promisify(execFile)(process.execPath, ['scripts/build-site.mjs', '--out', out]);
}, 180_000);
afterAll(() => rm(dirname(out), { recursive: true, force: true }));

describe('npm run build:site', () => {
  it('holds the configurator, the gallery, the built script with its hash and the release files', () => {
    for (const file of ['index.html', 'demo/index.html', 'demo/gallery.html', 'dist/report-banner.js', 'dist/report-banner.js.sri', `release/${version}/report-banner-${version}.js`, `release/${version}/index.html`]) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
  });

  it('leads from its root to the configurator', async () => {
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('url=demo/');
  });

  it('has every file the demo pages and modules refer to', async () => {
    const demo = join(out, 'demo');
    const references: string[] = [];
    for (const entry of await readdir(demo)) {
      const text = await readFile(join(demo, entry), 'utf8');
      const found = entry.endsWith('.html')
        ? [...text.matchAll(/(?:src|href)="([^"#:]+)"/g)].map((match) => match[1])
        : [...text.matchAll(/(?:from |new URL\()'(\.{1,2}\/[^']+)'/g)].map((match) => match[1]);
      references.push(...found.filter((path) => path !== './').map((path) => resolve(demo, path)));
    }
    expect(references.length).toBeGreaterThan(10);
    for (const path of references) expect(existsSync(path), path).toBe(true);
  });
});

const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });

/** `python3 -m http.server` on `folder`: a plain static server, as many hosts are. */
async function plainServer(folder: string): Promise<{ origin: string; child: ChildProcess }> {
  const port = await freePort();
  const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  const child = spawn(python, ['-m', 'http.server', String(port), '--bind', '127.0.0.1'], { cwd: folder, stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 200; attempt++) {
    if (await fetch(`${origin}/`).then((response) => response.ok, () => false)) return { origin, child };
    await new Promise((wait) => setTimeout(wait, 100));
  }
  child.kill();
  throw new Error(`no server on ${origin}`);
}

describe('the configurator, download and tag together', () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) child.kill();
  });

  it('shows the banner on a plain server that holds the downloaded file, as downloaded, under the copied tag', async () => {
    const site = await plainServer(out);
    children.push(site.child);
    const browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium',
      headless: true,
      args: ['--no-sandbox', ...CHROMIUM_FLAGS],
    });
    try {
      // What an NGO does on the hosted configurator: press Download, copy the tag.
      const configurator = await browser.newPage();
      await configurator.goto(`${site.origin}/demo/`, { waitUntil: 'load' });
      await configurator.waitForFunction(() => document.documentElement.dataset.ready !== undefined, { timeout: 20_000 });
      const { name, bytes, tag } = await configurator.evaluate(async () => {
        const link = document.getElementById('download') as HTMLAnchorElement;
        const file = new Uint8Array(await (await fetch(link.href)).arrayBuffer());
        let binary = '';
        for (const byte of file) binary += String.fromCharCode(byte);
        return { name: link.download, bytes: btoa(binary), tag: (document.getElementById('script-tag') as HTMLTextAreaElement).value };
      });
      expect(name).toMatch(/^report-banner-\d+\.\d+\.\d+\.js$/);
      // The operator's site: the file uploaded at the root under the name it was saved as, and a
      // page with the tag pasted as copied.
      const operator = join(dirname(out), 'operator');
      await mkdir(operator, { recursive: true });
      await writeFile(join(operator, name), Buffer.from(bytes, 'base64'));
      await writeFile(join(operator, 'index.html'), `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Annonces</title><link rel="icon" href="data:,"></head><body><h1>Annonces</h1>\n${tag}\n</body></html>\n`);
      const host = await plainServer(operator);
      children.push(host.child);
      const page = await browser.newPage();
      const missing: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(`${host.origin}/`, { waitUntil: 'load' });
      const shown = await page.waitForFunction(
        () => document.querySelector('report-banner')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() || null,
        { timeout: 15_000 },
      );
      expect(await shown.jsonValue()).toContain('116 000');
      expect(missing).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 90_000);
});
