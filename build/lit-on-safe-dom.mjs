/**
 * Lit reads optional globals (`litHtmlVersions`, `ShadyCSS`, `trustedTypes`, …) and calls
 * `document`'s methods, all of which a page's HTML can replace through named properties
 * (`<div id="litHtmlVersions">`, `<img name="createTreeWalker">`). In the classic script Lit's
 * `globalThis` and `document` are the ones of src/host/safe-dom.ts instead. The ESM build leaves
 * Lit to the app and cannot do this (README, "Hostile page content").
 * test/build/lit-on-safe-dom.test.ts fails when Lit's files no longer have the shape this expects.
 */
import { fileURLToPath } from 'node:url';

const SAFE_DOM = fileURLToPath(new URL('../src/host/safe-dom.ts', import.meta.url));

/** The modules this rewrites: Lit's three packages. */
export const LIT = /node_modules[\\/](lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/;

/**
 * Each rewrite, and in which of Lit's production files it must find something to rewrite (a
 * rewrite that finds nothing means Lit changed and the page could reach Lit again).
 */
export const REWRITES = [
  {
    what: 'the one global Lit reads by its bare name',
    pattern: /(?<![\w$.])litPropertyMetadata\b/g,
    by: 'globalThis.litPropertyMetadata',
    in: ['@lit/reactive-element/reactive-element.js'],
  },
  {
    // Version lists that other copies of Lit read: this one is private.
    what: 'the version lists',
    pattern: /\(([\w$]+)\.(?:litHtml|reactiveElement|litElement)Versions\?\?=\[\]\)\.push\("[\d.]+"\)/g,
    by: 'void 0',
    in: ['lit-html/lit-html.js', '@lit/reactive-element/reactive-element.js', 'lit-element/lit-element.js'],
  },
  {
    // Hooks for polyfills, hydration and the ShadyCSS shim, none of which the banner uses: no
    // page can plug one in, and the minifier drops the code that calls them.
    what: 'the polyfill, hydration and ShadyCSS hooks',
    pattern: /\bglobalThis\.(?:\w+PolyfillSupport|litElementHydrateSupport|ShadyCSS)\b|[\w$]+\.(?:\w+PolyfillSupport|litElementHydrateSupport|ShadyCSS)\b/g,
    by: 'undefined',
    in: ['lit-html/lit-html.js', '@lit/reactive-element/reactive-element.js', '@lit/reactive-element/css-tag.js', 'lit-element/lit-element.js'],
  },
];

/**
 * One of Lit's files with its globals and `document` taken from src/host/safe-dom.ts.
 * @param {string} code
 * @returns {{ code: string, found: string[] }} the rewritten module, and which rewrites found something
 */
export function rewriteLit(code) {
  const found = [];
  let body = code;
  for (const { what, pattern, by } of REWRITES) {
    const next = body.replace(pattern, by);
    if (next !== body) found.push(what);
    body = next;
  }
  const safe = `import { safeGlobal as globalThis, litDocument as document } from ${JSON.stringify(SAFE_DOM)};`;
  return { code: `${safe}\n${body}`, found };
}

/** The rollup plugin; it stops the build when a rewrite finds nothing in a file it must change. */
export const litOnSafeDom = () => ({
  name: 'lit-on-safe-dom',
  transform(code, id) {
    if (!LIT.test(id)) return null;
    const { code: rewritten, found } = rewriteLit(code);
    const file = id.replace(/\\/g, '/');
    for (const { what, in: files } of REWRITES) {
      if (files.some((name) => file.endsWith(`node_modules/${name}`)) && !found.includes(what)) {
        this.error(`Lit changed shape: ${what} not found in ${file}; review build/lit-on-safe-dom.mjs`);
      }
    }
    return { code: rewritten, map: null };
  },
});
