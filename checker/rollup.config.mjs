import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

// The `report-banner check` command for Node: the browser driver, axe-core, pngjs and pixelmatch stay dependencies.
// The banner's facts (`report-banner/facts`: contacts, translations, colour maths) are bundled in
// from the package's declared export, so a release of the checker judges against the facts of the
// banner it was built with, and two runs of one checker version judge alike.
const here = (path) => new URL(path, import.meta.url).pathname;

export default {
  input: here('src/main.ts'),
  output: { file: here('dist/report-banner.mjs'), format: 'es', banner: '#!/usr/bin/env node' },
  external: [/^node:/, /^puppeteer-core(\/|$)/, /^axe-core(\/|$)/, /^pngjs(\/|$)/, /^pixelmatch(\/|$)/],
  plugins: [json(), nodeResolve({ preferBuiltins: true }), esbuild({ target: 'node20', tsconfig: here('src/tsconfig.json') })],
};
