#!/usr/bin/env node
/**
 * npm run bench:heap: where the banner's JS heap goes. Takes a heap snapshot (after GC) of the
 * bare host page and of the same page with dist/report-banner.js, groups live objects by
 * constructor (or by V8's node type for code, strings and internals), and prints the groups
 * that grew most. Sizes are V8's shallow sizes, so the groups add up to the whole heap.
 */
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import CHROMIUM_FLAGS from '../checker/src/chromium-flags.json' with { type: 'json' };
import { PAGES } from './pages.mjs';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';
const TOP = Number(process.env.TOP ?? 15);

const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname;
  const pageDef = PAGES[path.slice(1, -1)];
  const body = pageDef && path.endsWith('/') ? pageDef.html : Object.values(PAGES).find((p) => p.files[path])?.files[path];
  response.writeHead(body ? 200 : 404, { 'content-type': path.endsWith('/') ? 'text/html' : 'text/javascript' });
  response.end(body ?? '');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', ...CHROMIUM_FLAGS] });

/** Shallow bytes per group in one snapshot of the page. */
async function heapByGroup(name) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/${name}/`, { waitUntil: 'load' });
    if (PAGES[name].selector) {
      await page.waitForFunction((path) => path.reduce((node, s) => node && (node.shadowRoot ?? node).querySelector(s), document), {}, PAGES[name].selector);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    const chunks = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    const { snapshot, nodes, strings } = JSON.parse(chunks.join(''));
    const fields = snapshot.meta.node_fields;
    const types = snapshot.meta.node_types[0];
    const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field));
    const groups = new Map();
    for (let i = 0; i < nodes.length; i += fields.length) {
      const type = types[nodes[i + typeAt]];
      const group = type === 'object' || type === 'native' ? strings[nodes[i + nameAt]] : `(${type})`;
      groups.set(group, (groups.get(group) ?? 0) + nodes[i + sizeAt]);
    }
    return groups;
  } finally {
    await context.close();
  }
}

try {
  const bare = await heapByGroup('none');
  const ours = await heapByGroup('ours');
  const total = (groups) => [...groups.values()].reduce((a, b) => a + b, 0);
  const growth = [...ours].map(([group, bytes]) => [group, bytes - (bare.get(group) ?? 0)]).sort((a, b) => b[1] - a[1]);
  const kib = (bytes) => (bytes / 1024).toFixed(1);
  console.log(`heap added by the banner: ${kib(total(ours) - total(bare))} KiB (snapshot after GC)\n`);
  console.log('| group | KiB added |\n| --- | --- |');
  for (const [group, bytes] of growth.slice(0, TOP)) console.log(`| ${group.slice(0, 60).replace(/\|/g, '\\|')} | ${kib(bytes)} |`);
} finally {
  await browser.close().catch(() => {});
  server.close();
}
