import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const typescript = () => esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' });

export default [
  // The one file operators paste: everything inside, nothing fetched at run time.
  {
    input: 'src/script-tag.ts',
    output: {
      file: 'dist/report-banner.js',
      format: 'iife',
      // No global name: the script exposes nothing on window.
      plugins: [
        terser({
          ecma: 2021,
          compress: { passes: 3, pure_getters: true },
          format: { comments: false },
        }),
      ],
    },
    plugins: [nodeResolve({ browser: true }), json({ preferConst: true, compact: true }), typescript()],
  },
  // ESM for bundler users: lit and i18next stay external so the app dedupes them.
  {
    input: { index: 'src/index.ts', define: 'src/define.ts' },
    output: { dir: 'dist/esm', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src' },
    external: [/^lit(\/|$)/, /^i18next$/],
    plugins: [json({ preferConst: true }), typescript()],
  },
];
