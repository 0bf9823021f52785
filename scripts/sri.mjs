// Writes the Subresource Integrity hash of the built classic script next to it, so the README,
// the demo's configurator and release notes quote the hash of the exact file `npm run build` made.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const BUNDLE = new URL('../dist/report-banner.js', import.meta.url);
const bytes = await readFile(BUNDLE);
const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

const manifest = {
  file: 'report-banner.js',
  version,
  integrity,
  bytes: bytes.length,
  gzipBytes: gzipSync(bytes, { level: 9 }).length,
  brotliBytes: brotliCompressSync(bytes).length,
};

await writeFile(new URL('report-banner.js.sri', BUNDLE), `${integrity}\n`);
await writeFile(new URL('manifest.json', BUNDLE), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`dist/report-banner.js ${integrity} (${manifest.bytes} B, ${manifest.gzipBytes} B gzip)`);
