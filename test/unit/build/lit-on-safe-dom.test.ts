import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REWRITES, rewriteLit } from '../../../build/lit-on-safe-dom.mjs';

/** Lit's production file, as the classic script's resolver picks it. */
const source = (name: string) => readFileSync(new URL(`../../../node_modules/${name}`, import.meta.url), 'utf8');

describe('build/lit-on-safe-dom.mjs, on the installed Lit', () => {
  it('finds something to rewrite in every file each rewrite must change', () => {
    for (const { what, in: files } of REWRITES) {
      for (const name of files) expect(rewriteLit(source(name)).found, `${what} in ${name}`).toContain(what);
    }
  });

  it('leaves no version list, hook or bare global behind, and takes globalThis and document from the safe DOM', () => {
    for (const name of ['lit-html/lit-html.js', '@lit/reactive-element/reactive-element.js', '@lit/reactive-element/css-tag.js', 'lit-element/lit-element.js']) {
      const { code } = rewriteLit(source(name));
      expect(code, name).not.toMatch(/Versions\?\?=\[\]|PolyfillSupport|HydrateSupport|ShadyCSS|\bwindow\./);
      expect(code.split('\n')[0], name).toMatch(/^import \{ safeGlobal as globalThis, litDocument as document \} from ".*src\/host\/safe-dom\.ts";$/);
    }
  });

  it('reports a rewrite that no longer finds anything', () => {
    const changed = source('lit-html/lit-html.js').replace(/litHtmlVersions/g, 'litHtmlVersionList');
    expect(rewriteLit(changed).found).not.toContain('the version lists');
  });
});
