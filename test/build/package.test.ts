import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// What `npm pack` would publish, read without running `prepack` (`npm test` has built already).
interface PackedFile {
  path: string;
}
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '--workspaces=false'], { encoding: 'utf8' }),
) as [{ files: PackedFile[] }];
const paths = packed.files.map((file) => file.path);
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  exports: Record<string, string | Record<string, string>>;
};
const checker = JSON.parse(readFileSync('checker/package.json', 'utf8')) as { dependencies: Record<string, string> };

describe('the published banner package', () => {
  it('depends only on what the banner runs, with ranges an app can share', () => {
    // @lit/react only for the report-banner/react entry; react itself is an optional peer.
    expect(pkg.dependencies).toEqual({
      '@lit/react': expect.stringMatching(/^\^\d/),
      // Wider than a caret: every major the code works with (test/unit/i18next-range.test.ts).
      i18next: expect.stringMatching(/^>=\d+\.\d+\.\d+ <\d+\.0\.0$/),
      lit: expect.stringMatching(/^\^\d/),
    });
  });

  it('holds no file and no dependency of the checker', () => {
    expect(paths).toContain('dist/report-banner.js');
    expect(paths.filter((path) => /checker|cli|puppeteer|axe/.test(path))).toEqual([]);
    for (const name of Object.keys(checker.dependencies)) expect(pkg.dependencies).not.toHaveProperty(name);
  });

  it('ships no sources, tests or tooling', () => {
    expect(paths.filter((path) => /^(src|test|demo|scripts|bench|locales)\//.test(path))).toEqual([]);
  });

  it('has types for every JavaScript export, and every file an export names is packed', () => {
    for (const [entry, target] of Object.entries(pkg.exports)) {
      const targets = typeof target === 'string' ? { default: target } : target;
      for (const file of Object.values(targets)) expect(paths, `${entry} → ${file}`).toContain(file.replace(/^\.\//, ''));
      if (Object.values(targets).some((file) => file.endsWith('.js'))) expect(targets, entry).toHaveProperty('types');
    }
  });
});
