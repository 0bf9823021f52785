import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

// The `report-banner check` command for Node: the browser driver, axe-core and pngjs stay dependencies.
export default {
  input: 'cli/main.ts',
  output: { file: 'dist/cli/report-banner.mjs', format: 'es', banner: '#!/usr/bin/env node' },
  external: [/^node:/, /^puppeteer-core(\/|$)/, /^axe-core(\/|$)/, /^pngjs(\/|$)/],
  plugins: [json(), nodeResolve({ preferBuiltins: true }), esbuild({ target: 'node20', tsconfig: 'cli/tsconfig.json' })],
};
