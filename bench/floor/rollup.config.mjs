// Built like the banner's classic script (rollup.config.mjs): Lit's production build and i18next
// as the banner bundles it (build/i18next.mjs), minified.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { i18nextForTheBanner } from '../../build/i18next.mjs';

export default {
  input: 'bench/floor/entry.mjs',
  output: { file: 'dist/bench-floor.js', format: 'iife', plugins: [terser({ ecma: 2021, format: { ascii_only: true } })] },
  plugins: [nodeResolve({ browser: true, exportConditions: ['production'] }), i18nextForTheBanner(), json({ preferConst: true, compact: true })],
};
