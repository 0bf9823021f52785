// The page that goes with every release: the ready tag for that version and how to check and
// update it, for an operator who has a web server and no Node.

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The tag to paste, for the file served at `src`. */
export const scriptTag = ({ integrity }, src) =>
  `<script src="${src}" integrity="${integrity}" crossorigin="anonymous" defer></script>`;

/** @param {{ name: string, version: string, file: string, integrity: string, bytes: number, gzipBytes: number }} manifest */
export function operatorPage(manifest) {
  const { name, version, file, integrity, bytes, gzipBytes } = manifest;
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  const code = (text) => `<pre><code>${escape(text)}</code></pre>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name} ${version}: files and tag</title>
<style>
  body { font: 1rem/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color-scheme: light dark; }
  pre { overflow-x: auto; padding: .75rem; border: 1px solid; white-space: pre-wrap; word-break: break-all; }
</style>
</head>
<body>
<main>
<h1>${name} ${version}</h1>
<p>The awareness and reporting banner as one file, <code>${file}</code> (${kib(bytes)}, ${kib(gzipBytes)} gzip).
It loads nothing else, sets no cookies and needs no Node on your server.</p>

<h2>1. Put the file on your site</h2>
<p>Upload <code>${file}</code> unchanged to your web root (or any folder; then change the path in the tag).
Keep the file name: it carries the version.</p>

<h2>2. Check the file</h2>
<p>Its SHA-384 hash, as the browser checks it:</p>
${code(integrity)}
<p>On a machine with OpenSSL the command below must print the same text after <code>sha384-</code>:</p>
${code(`openssl dgst -sha384 -binary ${file} | openssl base64 -A`)}
<p>In PHP:</p>
${code(`<?php echo 'sha384-' . base64_encode(hash_file('sha384', '${file}', true));`)}
<p>Every file of this release is listed in <code>SHA256SUMS</code> (<code>sha256sum -c SHA256SUMS</code>).</p>

<h2>3. Paste the tag</h2>
<p>Anywhere in your page template, once per page:</p>
${code(scriptTag(manifest, `/${file}`))}
<p>The browser runs the file only if its bytes match the hash. Options go on the same tag as
<code>data-*</code> attributes, for example <code>data-lang="fr"</code> or <code>data-audience="youth"</code>.
Optimisers that delay or combine scripts must leave this tag alone (see the project's README).</p>

<h2>4. Keep your page usable</h2>
<p>The banner is a bar fixed to the bottom of the window (or the top, with <code>data-position="top"</code>).
If your page has its own fixed parts there, such as a "call now" bar, a cookie bar or a sticky header,
the bar covers them. Add <code>data-make-room</code> to the tag and the banner moves them clear, and
makes room at the end of the page, for as long as it shows:</p>
${code(scriptTag(manifest, `/${file}`).replace('></script>', ' data-make-room></script>'))}
<p>Without it, the browser console names the parts the banner covers (open the page with
<code>?report-banner=check</code> in its address to see that list in the banner itself).</p>

<h2>5. Update</h2>
<p>A new version comes as a new file with a new name and a new hash: upload it, then change both
<code>src</code> and <code>integrity</code> in the tag, together. To show the banner again to visitors who
closed it, raise <code>data-revision</code> (for example <code>data-revision="2"</code>).</p>

<h2>Licences</h2>
<p>${name} is under the MIT licence (<code>LICENSE</code>). The file bundles Lit and i18next; their
licences are in <code>THIRD-PARTY-LICENSES</code>. <code>manifest.json</code> lists the version, the hash and the sizes.</p>
</main>
</body>
</html>
`;
}
