#!/usr/bin/env node
/**
 * What each package and module costs in dist/report-banner.js. Bundles the classic script with
 * the real rollup config, then estimates every module alone: its minified size (terser, names
 * mangled) and that text's gzip. Modules compressed alone lose the dictionary they share, so
 * the per-module gzip column adds up to more than the bundle's; its share is what to compare.
 *
 * Usage: npm run size [-- --markdown]   (--markdown prints tables for BENCHMARKS.md)
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { relative } from 'node:path';
import { rollup } from 'rollup';
import { minify } from 'terser';
import { classicScript } from '../rollup.config.mjs';

const markdown = process.argv.includes('--markdown');

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const brotli = (text) =>
  brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** `lit-html`, `i18next`, or `src/…`/`locales/…` for the project's own files. */
function ownerOf(id) {
  const path = relative(process.cwd(), id.replace(/^\0/, '')).split('\\').join('/');
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  return { owner: match ? match[1] : path.split('/')[0], path: match ? path.slice(match.index + 13) : path };
}

async function measure() {
  const bundle = await rollup({ input: classicScript.input, plugins: classicScript.plugins, onwarn() {} });
  const { output } = await bundle.generate(classicScript.output);
  await bundle.close();
  const [chunk] = output;
  const modules = [];
  for (const [id, info] of Object.entries(chunk.modules)) {
    if (!info.code) continue;
    // Mangle top-level names too (the IIFE does), but keep them: alone, every one looks unused.
    const { code } = await minify(info.code, { ecma: 2021, compress: { pure_getters: true }, mangle: { toplevel: true } });
    modules.push({ ...ownerOf(id), minified: code.length, gzip: gzip(code) });
  }
  const code = chunk.code;
  return { modules, total: { raw: Buffer.byteLength(code), gzip: gzip(code), brotli: brotli(code) } };
}

function table(header, rows) {
  if (markdown) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
  }
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

const kib = (bytes) => (bytes / 1024).toFixed(1);
const share = (part, whole) => `${((100 * part) / whole).toFixed(1)}%`;

const { modules, total } = await measure();
const sumGzip = modules.reduce((sum, m) => sum + m.gzip, 0);
const sumMin = modules.reduce((sum, m) => sum + m.minified, 0);

const byOwner = new Map();
for (const m of modules) {
  const entry = byOwner.get(m.owner) ?? { minified: 0, gzip: 0, count: 0 };
  entry.minified += m.minified;
  entry.gzip += m.gzip;
  entry.count += 1;
  byOwner.set(m.owner, entry);
}
const owners = [...byOwner].sort((a, b) => b[1].gzip - a[1].gzip);

console.log(markdown ? '#### Totals\n' : 'dist/report-banner.js');
console.log(
  table(
    ['', 'bytes', 'KiB'],
    [
      ['minified', total.raw, kib(total.raw)],
      ['gzip -9', total.gzip, kib(total.gzip)],
      ['brotli 11', total.brotli, kib(total.brotli)],
    ],
  ),
);
console.log(markdown ? '\n#### By package\n' : '\nBy package (each module minified and gzipped alone)');
console.log(
  table(
    ['package', 'modules', 'min KiB', 'gzip KiB', 'gzip share'],
    owners.map(([owner, e]) => [owner, e.count, kib(e.minified), kib(e.gzip), share(e.gzip, sumGzip)]),
  ),
);
console.log(markdown ? '\n#### By module\n' : '\nBy module');
console.log(
  table(
    ['module', 'min bytes', 'gzip bytes', 'gzip share'],
    modules
      .sort((a, b) => b.gzip - a.gzip)
      .map((m) => [m.path, m.minified, m.gzip, share(m.gzip, sumGzip)]),
  ),
);
console.log(
  `\n${markdown ? '' : 'note: '}modules alone: ${kib(sumMin)} KiB minified, ${kib(sumGzip)} KiB gzip; ` +
    `the bundle compresses them together to ${kib(total.gzip)} KiB gzip.`,
);
