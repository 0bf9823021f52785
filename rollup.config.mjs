import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transformSync } from 'esbuild';
import esbuild from 'rollup-plugin-esbuild';

const typescript = () => esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' });

/** The one file operators paste: everything inside, nothing fetched at run time. */
export const classicScript = {
  input: 'src/script-tag.ts',
  output: {
    file: 'dist/report-banner.js',
    format: 'iife',
    // No global name: the script exposes nothing on window.
    // Nothing may throw into the host page, not even while the libraries inside load (a page
    // whose Trusted Types policy refuses Lit's, say): the notice is then missing, with a warning.
    intro: 'try {',
    outro: '} catch (error) { console.warn("report-banner: could not start: " + error); }',
    plugins: [
      terser({
        ecma: 2021,
        compress: { passes: 3, pure_getters: true },
        format: { comments: false },
      }),
    ],
  },
  plugins: [
    nodeResolve({ browser: true }),
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
    input: { index: 'src/index.ts', define: 'src/define.ts', react: 'src/react.ts', server: 'src/server.ts' },
    output: { dir: 'dist/esm', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src' },
    external: [/^lit(\/|$)/, /^i18next$/, /^react$/, /^@lit\/react$/],
    plugins: [json({ preferConst: true }), typescript()],
  },
];
