#!/usr/bin/env node
// The command's entry point exists before the first build, so `npm ci` can link it from a
// fresh clone; it says what to do when the built checker is missing.
import { existsSync } from 'node:fs';

const built = new URL('../dist/report-banner.mjs', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  console.error('report-banner-checker: not built yet; run "npm run build" in the repository first.');
  process.exitCode = 2;
}
