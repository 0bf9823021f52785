import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// Builds the example apps from the package as installed users see it (its own exports, through
// the package name); test/browser/frameworks.test.ts then mounts what these builds wrote.
// `npm test` builds the package before this runs.
const run = promisify(execFile);
const node = (script: string, ...args: string[]) => run(process.execPath, [script, ...args], { timeout: 240_000 });

describe('examples', () => {
  it('type-check with tsc, and the typings catch the mistakes in test/types', async () => {
    await expect(node('node_modules/typescript/bin/tsc', '-p', 'examples/tsconfig.json')).resolves.toBeDefined();
  }, 240_000);

  it('vue-tsc: the Vue typings check every option value in templates (test/types/vue)', async () => {
    await expect(node('node_modules/vue-tsc/bin/vue-tsc.js', '-p', 'test/types/vue/tsconfig.json', '--noEmit')).resolves.toBeDefined();
  }, 240_000);

  for (const app of ['react-vite', 'vue-vite']) {
    it(`${app} builds with vite`, async () => {
      await node('node_modules/vite/bin/vite.js', 'build', '--config', `examples/${app}/vite.config.ts`);
      const page = readFileSync(`examples/${app}/dist/index.html`, 'utf8');
      const script = page.match(/src="\.\/(assets\/[^"]+\.js)"/)?.[1];
      expect(script).toBeDefined();
      expect(readFileSync(`examples/${app}/dist/${script}`, 'utf8')).toContain('report-banner-dismiss');
    }, 240_000);
  }

  it('server-rendered: the page carries the banner as HTML with its data-* attributes', async () => {
    // Loaded by path: the example resolves the package's built types, which type-checking this
    // file must not need.
    const example = '../../examples/server-rendered/render.tsx';
    const { renderPage } = (await import(example)) as { renderPage(scriptSrc: string): string };
    const html = renderPage('/dist/report-banner.js');
    expect(html).toContain('<report-banner data-lang="fr" data-variant="inline" data-title="Bienvenue" data-remember="0"></report-banner>');
    mkdirSync('examples/server-rendered/dist', { recursive: true });
    writeFileSync('examples/server-rendered/dist/index.html', html);
    expect(existsSync('examples/server-rendered/dist/index.html')).toBe(true);
  }, 60_000);
});

describe('the package where there is no DOM', () => {
  const load = (conditions: string[], code: string) =>
    run(process.execPath, [...conditions.map((c) => `--conditions=${c}`), '--input-type=module', '-e', code], { timeout: 60_000 });

  it('require() loads the ESM build (Node 20.19+)', async () => {
    const { stdout } = await run(process.execPath, ['-e', "const m = require('report-banner'); console.log(typeof m.ReportBanner, m.TAG_NAME)"]);
    expect(stdout.trim()).toBe('function report-banner');
  });

  it('imports without throwing under edge conditions, where dependencies load their browser builds', async () => {
    const code = "const m = await import('report-banner'); await import('report-banner/define'); console.log(m.ReportBanner, m.defineReportBanner(), m.CONTACTS.length > 0)";
    const { stdout } = await load(['worker', 'browser'], code);
    expect(stdout.trim()).toBe('undefined false true');
  });

  it('without that entry, the browser build would need a DOM', async () => {
    await expect(load(['browser'], "await import('report-banner')")).rejects.toThrow(/HTMLElement is not defined/);
  });
});
