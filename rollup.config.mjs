import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transformSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import esbuild from 'rollup-plugin-esbuild';
import pkg from './package.json' with { type: 'json' };

const typescript = () => esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' });

/**
 * Lit reads optional globals (`litHtmlVersions`, `ShadyCSS`, `trustedTypes`, …) and calls
 * `document`'s methods, all of which a page's HTML can replace through named properties
 * (`<div id="litHtmlVersions">`, `<img name="createTreeWalker">`). In the classic script Lit's
 * `globalThis` and `document` are the ones of src/host/safe-dom.ts instead. The ESM build leaves
 * Lit to the app and cannot do this (README, "Hostile page content").
 */
const SAFE_DOM = fileURLToPath(new URL('./src/host/safe-dom.ts', import.meta.url));
const litOnSafeDom = () => ({
  name: 'lit-on-safe-dom',
  transform(code, id) {
    if (!/node_modules[\\/](lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id)) return null;
    const safe = `import { safeGlobal as globalThis, litDocument as document } from ${JSON.stringify(SAFE_DOM)};`;
    // The one global Lit also reads by its bare name.
    const body = code
      .replace(/(?<![\w$.])litPropertyMetadata\b/g, 'globalThis.litPropertyMetadata')
      // Hooks for polyfills, hydration and the ShadyCSS shim, none of which the banner uses: no
      // page can plug one in, and the minifier drops the code that calls them.
      // Version lists that other copies of Lit read: this one is private.
      .replace(/\(([\w$]+)\.(?:litHtml|reactiveElement|litElement)Versions\?\?=\[\]\)\.push\("[\d.]+"\)/g, 'void 0')
      .replace(/\bglobalThis\.(?:\w+PolyfillSupport|litElementHydrateSupport|ShadyCSS)\b|[\w$]+\.(?:\w+PolyfillSupport|litElementHydrateSupport|ShadyCSS)\b/g, 'undefined');
    return { code: `${safe}\n${body}`, map: null };
  },
});

/**
 * i18next sets up its classes and a default instance when its module is evaluated, work the
 * banner needs only when it first translates. In the classic script that evaluation waits for
 * the first `createInstance()` (src/notice/i18n.ts), so evaluating the script itself, one task that
 * also registers and places the element, does less. The module must stay one self-contained
 * file ending in its export list; the build stops if it changes shape.
 */
const I18NEXT = /node_modules[\\/]i18next[\\/]dist[\\/]esm[\\/]i18next\.js$/;
const lazyI18next = () => ({
  name: 'lazy-i18next',
  transform(code, id) {
    if (!I18NEXT.test(id)) return null;
    const exportAt = code.lastIndexOf('\nexport {');
    const body = code.slice(0, exportAt);
    if (exportAt < 0 || /^\s*(?:import|export)\b/m.test(body) || !/^const instance = /m.test(body)) {
      this.error('i18next changed shape: review lazy-i18next in rollup.config.mjs');
    }
    return {
      code: `let loaded;\nconst load = () => (loaded ??= (() => {\n${body}\nreturn instance;\n})());\nexport default { createInstance: (...args) => load().createInstance(...args) };\n`,
      map: null,
    };
  },
});

/** The one file operators paste: everything inside, nothing fetched at run time. */
export const classicScript = {
  input: 'src/script-tag.ts',
  output: {
    file: 'dist/report-banner.js',
    format: 'iife',
    // One line that names the file wherever it ends up: a CDN, a theme folder, a release page.
    banner: `/*! ${pkg.name} ${pkg.version} | ${pkg.license} licence | bundles Lit (BSD-3-Clause) and i18next (MIT): see THIRD-PARTY-LICENSES */`,
    // No global name: the script exposes nothing on window.
    // Evaluating the file only takes the script tag, while the browser still names it
    // (`loadedBy` in src/script-tag.ts), and queues the rest: the libraries' set-up and the
    // element's definition run in a task of their own, not in the one where a deferred script
    // shares the host page's end of parsing. The rest is passed as an argument, which terser
    // keeps in parentheses (`wrap_func_args` below): V8 then compiles it with the file, off the
    // main thread, instead of on its call.
    // Nothing may throw into the host page, not even while the libraries inside load (a page
    // whose Trusted Types policy refuses Lit's, say): the notice is then missing, with a warning.
    intro: [
      'let loadedBy = null;',
      // `document.currentScript` through its prototype: markup (`<img name="currentScript">`) can replace the property.
      'try { loadedBy = Reflect.apply(Object.getOwnPropertyDescriptor(Document.prototype, "currentScript").get, document, []); } catch {}',
      '((start) => { try { scheduler.yield().then(start); } catch { setTimeout(start, 0); } })(function () { try {',
    ].join('\n'),
    outro: '} catch (error) { try { console.warn("report-banner: could not start: " + error); } catch {} } });',
    plugins: [
      terser({
        ecma: 2021,
        compress: { passes: 3, pure_getters: true },
        // Only the header above stays: the libraries' licence texts ship beside the file
        // (THIRD-PARTY-LICENSES in every release), not repeated inside a bundle held to a budget.
        // ASCII only: the file reads the same on a page served in another charset (a
        // windows-1252 site without a charset on the script), and the browser keeps its source
        // in one byte per character instead of two (a few typographic quotes made it two-byte).
        // Functions passed as arguments stay in parentheses, V8's sign to compile them with the
        // file (off the main thread) rather than on their first call in a start-up task.
        format: { comments: /^! report-banner /, ascii_only: true, wrap_func_args: true },
      }),
    ],
  },
  plugins: [
    // Always the libraries' production builds: the resolver would otherwise pick Lit's
    // development build whenever NODE_ENV is set to anything else (vitest sets "test").
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    litOnSafeDom(),
    lazyI18next(),
    json({ preferConst: true, compact: true }),
    // Lit's html`` and css`` literals keep the source's indentation unless minified here; a
    // failure must stop the build rather than ship an unminified or half-minified template.
    // CSS goes through esbuild: the plugin's default (lightningcss) rounds z-index 2147483000
    // to 2147480000, letting host overlays cover the banner.
    minifyLiterals({
      include: ['src/**/*.ts'],
      failOnError: true,
      options: { minifyOptions: { minifyCSS: (css) => transformSync(css, { loader: 'css', minify: true }).code.trim() } },
    }),
    typescript(),
  ],
};

export default [
  classicScript,
  // ESM for bundler users: lit, i18next and React stay external so the app dedupes them.
  {
    input: { index: 'src/index.ts', define: 'src/define.ts', react: 'src/react.ts', server: 'src/server.ts', facts: 'src/facts.ts' },
    output: { dir: 'dist/esm', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src' },
    external: [/^lit(\/|$)/, /^i18next$/, /^react$/, /^@lit\/react$/],
    plugins: [json({ preferConst: true }), typescript()],
  },
];
