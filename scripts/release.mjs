// `npm run release`: the files an operator downloads, built afresh into release/<version>/ (or
// the folder after --out): the versioned script, its SRI hash, manifest.json, SHA256SUMS, the
// licences of the project and of every library bundled inside, and an operator page with the
// ready tag. A new version gets a new file name, so a cached page with an old hash never meets
// a new file.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { classicScript } from '../rollup.config.mjs';
import { operatorPage } from './operator-page.mjs';

const root = new URL('..', import.meta.url);
const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const outDir = values.out ?? join('release', pkg.version);
const file = `${pkg.name}-${pkg.version}.js`;

await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });

const { output, ...inputOptions } = classicScript;
const bundle = await rollup(inputOptions);
await bundle.write({ ...output, file: join(outDir, file) });
const bundledFiles = bundle.watchFiles;
await bundle.close();

const bytes = await readFile(join(outDir, file));
// The second line: V8's compile hint comes first (rollup.config.mjs).
const [, header = ''] = bytes.toString('utf8', 0, 512).split('\n', 2);
if (!header.includes(` ${pkg.version} `)) throw new Error(`release: the header of ${file} does not name version ${pkg.version}: ${header}`);
const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The npm packages whose code rollup put into the file, found from the modules it read. */
async function bundledPackages() {
  const names = new Set();
  for (const path of bundledFiles) {
    const parts = relative(new URL('node_modules', root).pathname, path).split(sep);
    if (parts[0] === '..' || parts.length < 2) continue;
    names.add(parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]);
  }
  const packages = [];
  for (const name of [...names].sort()) {
    const dir = new URL(`node_modules/${name}/`, root);
    const { version, license } = JSON.parse(await readFile(new URL('package.json', dir), 'utf8'));
    const licenceFile = (await readdir(dir)).find((entry) => /^licen[cs]e/i.test(entry));
    if (!licenceFile) throw new Error(`release: ${name} ships no licence file to copy`);
    packages.push({ name, version, license, text: await readFile(new URL(licenceFile, dir), 'utf8') });
  }
  return packages;
}

const packages = await bundledPackages();
const notices = packages
  .map(({ name, version, license, text }) => `${name} ${version} (${license})\n${'-'.repeat(60)}\n${text.trim()}\n`)
  .join('\n\n');
await writeFile(
  join(outDir, 'THIRD-PARTY-LICENSES'),
  `${file} bundles the following packages. Their licences follow.\n\n${notices}`,
);
await copyFile(new URL('LICENSE', root), join(outDir, 'LICENSE'));
await writeFile(join(outDir, `${file}.sri`), `${integrity}\n`);

const manifest = {
  name: pkg.name,
  version: pkg.version,
  file,
  integrity,
  sha256: createHash('sha256').update(bytes).digest('hex'),
  bytes: bytes.length,
  gzipBytes: gzipSync(bytes, { level: 9 }).length,
  license: pkg.license,
  bundled: packages.map(({ name, version, license }) => ({ name, version, license })),
};
await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
await writeFile(join(outDir, 'index.html'), operatorPage(manifest));

// Last, over everything else in the folder: the format `sha256sum -c SHA256SUMS` reads.
const sums = [];
for (const entry of (await readdir(outDir)).sort()) {
  if (entry === 'SHA256SUMS') continue;
  const digest = createHash('sha256').update(await readFile(join(outDir, entry))).digest('hex');
  sums.push(`${digest}  ${entry}\n`);
}
await writeFile(join(outDir, 'SHA256SUMS'), sums.join(''));

console.log(`${join(outDir, file)} ${integrity} (${manifest.bytes} B, ${manifest.gzipBytes} B gzip)`);
console.log(`operator page: ${join(dirname(join(outDir, file)), 'index.html')}`);
