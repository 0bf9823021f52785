/** `npm run build:site`: a folder a static host serves as is, every address inside it resolving. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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
