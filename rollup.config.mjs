import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transformSync } from 'esbuild';
import esbuild from 'rollup-plugin-esbuild';
import { intro, outro } from './build/classic-start.mjs';
import { i18nextForTheBanner } from './build/i18next.mjs';
import { litOnSafeDom } from './build/lit-on-safe-dom.mjs';
import pkg from './package.json' with { type: 'json' };

const typescript = () => esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' });

/** The one file operators paste: everything inside, nothing fetched at run time. */
export const classicScript = {
  input: 'src/script-tag.ts',
  output: {
    file: 'dist/report-banner.js',
    format: 'iife',
    // One line that names the file wherever it ends up: a CDN, a theme folder, a release page.
    // Above it, V8's compile hint (Chrome 136+; other engines read a comment): about 60 % of the
    // file runs at start-up, so V8 compiles all of it while the file downloads, off the main
    // thread, instead of each function on its first call inside a start-up task (BENCHMARKS.md:
    // shorter tasks, about 50 KiB more heap).
    banner: `//# allFunctionsCalledOnLoad\n/*! ${pkg.name} ${pkg.version} | ${pkg.license} licence | bundles Lit (BSD-3-Clause) and i18next (MIT): see THIRD-PARTY-LICENSES */`,
    // No global name: the script exposes nothing on window.
    // Evaluating the file only takes its script tag and queues the rest (build/classic-start.mjs).
    intro,
    outro,
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
        format: { comments: /^! report-banner |^# allFunctionsCalledOnLoad$/, ascii_only: true, wrap_func_args: true },
      }),
    ],
  },
  plugins: [
    // Always the libraries' production builds: the resolver would otherwise pick Lit's
    // development build whenever NODE_ENV is set to anything else (vitest sets "test").
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    litOnSafeDom(),
    i18nextForTheBanner(),
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
    input: { index: 'src/index.ts', define: 'src/define.ts', react: 'src/react.ts', server: 'src/server.ts', facts: 'src/facts.ts', schema: 'src/schema.ts' },
    output: { dir: 'dist/esm', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src' },
    external: [/^lit(\/|$)/, /^i18next$/, /^react$/, /^@lit\/react$/],
    plugins: [json({ preferConst: true }), typescript()],
  },
];
