// `npm run build:site`: a static folder any web host can serve (GitHub Pages, a plain server):
// the configurator and gallery, the built script with its hash as the demo loads them, and the
// versioned release files. Run after `npm run build:banner` (the npm script does both).
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = values.out ?? 'site';
const { version } = JSON.parse(await readFile('package.json', 'utf8'));

await rm(out, { recursive: true, force: true });
await mkdir(join(out, 'dist'), { recursive: true });
await cp('demo', join(out, 'demo'), { recursive: true });
// The demo's own imports: the contact list from the ESM build, the classic script and its hash.
await cp('dist/esm', join(out, 'dist/esm'), { recursive: true, filter: (path) => !path.endsWith('.map') });
for (const file of ['report-banner.js', 'report-banner.js.sri', 'manifest.json']) await cp(join('dist', file), join(out, 'dist', file));
execFileSync(process.execPath, ['scripts/release.mjs', '--out', join(out, 'release', version)], { stdio: 'inherit' });
await writeFile(
  join(out, 'index.html'),
  `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>report-banner</title><meta http-equiv="refresh" content="0; url=demo/"></head>
<body><p><a href="demo/">The report-banner configurator</a> · <a href="release/${version}/">release ${version}: files and tag</a></p></body>
</html>
`,
);
console.log(`${out}/: configurator at demo/, release files at release/${version}/`);
