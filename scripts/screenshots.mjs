#!/usr/bin/env node
/**
 * Renews docs/screenshots/*.png from the real demo pages: serves the project on 127.0.0.1 and
 * photographs them in headless Chromium (Debian's, never a downloaded one). Run after
 * `npm run build` whenever the banner or the demo changes look.
 *
 * Usage: npm run screenshots   (CHROME_PATH overrides /usr/lib/chromium/chromium)
 */
import { access, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import CHROMIUM_FLAGS from '../checker/src/chromium-flags.json' with { type: 'json' };

const root = fileURLToPath(new URL('..', import.meta.url));
const out = (name) => fileURLToPath(new URL(`../docs/screenshots/${name}`, import.meta.url));

try {
  await access(new URL('../dist/manifest.json', import.meta.url));
} catch {
  console.error('dist/ is not built: run `npm run build` first.');
  process.exit(1);
}

// A plain static server: the files exactly as built, bound to the loopback address only
// (the dev server listens on every interface), on a free port.
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
  try {
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root)) throw new Error('outside the project');
    const body = await readFile(file);
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'text/plain' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/demo/`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium',
  headless: true,
  args: ['--no-sandbox', ...CHROMIUM_FLAGS],
});

/** Opens the configurator with the given options and waits until the preview shows the banner. */
async function configurator(fragment, viewport) {
  const page = await browser.newPage();
  await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  await page.goto(`${base}#${fragment}`);
  await page.waitForFunction(
    (lang) => {
      const frame = document.querySelector('#preview');
      const banner = frame?.contentDocument?.querySelector('report-banner');
      const landmark = banner?.shadowRoot?.querySelector('[part~="banner"]');
      return landmark?.lang === lang && landmark;
    },
    { timeout: 10000 },
    new URLSearchParams(fragment).get('data-lang'),
  );
  // Let the banner's size settle (the page pads itself by the bar's height) before the shot.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page;
}

try {
  for (const [name, fragment] of [
    ['banner-nl.png', 'data-lang=nl'],
    ['banner-fr.png', 'data-lang=fr'],
    ['banner-client-nl.png', 'data-lang=nl&data-audience=client'],
  ]) {
    const page = await configurator(fragment, { width: 1240, height: 800 });
    const frame = await page.$('#preview');
    await frame.screenshot({ path: out(name) });
    console.log(`docs/screenshots/${name}`);
    await page.close();
  }
  // The age-check gate's question, on a desktop.
  for (const [name, lang] of [
    ['gate-nl.png', 'nl'],
    ['gate-fr.png', 'fr'],
  ]) {
    const page = await configurator(`data-lang=${lang}&data-variant=age-check`, { width: 1240, height: 800 });
    const frame = await page.$('#preview');
    await frame.screenshot({ path: out(name) });
    console.log(`docs/screenshots/${name}`);
    await page.close();
  }
  // On a phone, where most visitors are: the same preview page at 375×667, the bar folded, the
  // gate's question, and the gate's view after "under 18".
  for (const [name, fragment, click] of [
    ['phone-nl.png', 'data-lang=nl'],
    ['phone-fr.png', 'data-lang=fr'],
    ['phone-youth-fr.png', 'data-lang=fr&data-audience=youth'],
    ['phone-client-nl.png', 'data-lang=nl&data-audience=client'],
    ['phone-client-fr.png', 'data-lang=fr&data-audience=client'],
    ['phone-gate-nl.png', 'data-lang=nl&data-variant=age-check'],
    ['phone-gate-fr.png', 'data-lang=fr&data-variant=age-check'],
    ['phone-gate-minor-nl.png', 'data-lang=nl&data-variant=age-check', 'minor'],
    ['phone-gate-minor-fr.png', 'data-lang=fr&data-variant=age-check', 'minor'],
  ]) {
    const setup = await configurator(fragment, { width: 1240, height: 800 });
    const preview = await setup.$eval('#preview', (frame) => frame.srcdoc);
    const page = await browser.newPage();
    await page.setViewport({ width: 375, height: 667, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    // Opened from the demo's address, so the page's relative links (the bundle) resolve.
    await page.goto(`${base}gallery.html`);
    await page.setContent(preview, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('report-banner')?.shadowRoot?.querySelector('[part~="banner"]'));
    if (click) {
      await page.evaluate((part) => document.querySelector('report-banner').shadowRoot.querySelector(`[part~="${part}"]`).click(), click);
      await page.waitForFunction(() => document.querySelector('report-banner')?.shadowRoot?.querySelector('[part~="leave"]'));
    }
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.screenshot({ path: out(name) });
    console.log(`docs/screenshots/${name}`);
    await Promise.all([page.close(), setup.close()]);
  }
  // The scenario of a new user: a French corner card with their own accent and title.
  const page = await configurator(
    `data-lang=fr&data-variant=corner&data-theme=light&data-accent=%23a4286a&data-title=${encodeURIComponent('Exploiter des mineurs est un crime')}`,
    { width: 1240, height: 1000 },
  );
  await page.screenshot({ path: out('configurator.png') });
  console.log('docs/screenshots/configurator.png');

  // The same for a French-speaking NGO: the interface in French, so the preview page is French
  // too, scrolled down to the wording, with the preview still beside it.
  await page.select('#interface-language', 'fr');
  await page.evaluate(() => {
    document.getElementById('title-fr')?.scrollIntoView({ block: 'center' });
  });
  await page.waitForFunction(() => {
    const banner = document.querySelector('#preview')?.contentDocument?.querySelector('report-banner');
    return banner?.shadowRoot?.querySelector('[part~="banner"]')?.getAttribute('lang') === 'fr' && document.documentElement.lang === 'fr';
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.setViewport({ width: 1280, height: 800, deviceScaleFactor: 1 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.screenshot({ path: out('configurator-fr.png') });
  console.log('docs/screenshots/configurator-fr.png');

  // An NGO comparing two wordings and counting them: the English second wording's fields, the
  // analytics below them, and beside them a preview that drew the second wording (drawn anew on
  // each page view, so the preview is opened until it has).
  const second = 'In doubt about their age? Walk away.';
  const fragment = `data-lang=en&data-analytics=plausible&data-title-b-en=${encodeURIComponent(second)}`;
  let counting;
  for (let view = 0; view < 20; view++) {
    counting = await configurator(fragment, { width: 1280, height: 800 });
    const title = await counting.evaluate(
      () => document.querySelector('#preview')?.contentDocument?.querySelector('report-banner')?.shadowRoot?.querySelector('[part~="title"]')?.textContent,
    );
    if (title === second) break;
    await counting.close();
  }
  await counting.evaluate(() => {
    /** @type {HTMLDetailsElement} */ (document.getElementById('second-wording')).open = true;
    document.querySelector('label[for="title-b-en"]')?.scrollIntoView({ block: 'start' });
  });
  await counting.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await counting.screenshot({ path: out('configurator-counting.png') });
  console.log('docs/screenshots/configurator-counting.png');

  // The usable-page case: a page with a "call now" bar and a cookie bar on the bottom edge, the
  // banner with data-make-room, on a phone and a desktop.
  for (const [name, viewport] of [
    ['make-room-phone.png', { width: 375, height: 667 }],
    ['make-room-desktop.png', { width: 1280, height: 800 }],
  ]) {
    const host = await browser.newPage();
    await host.setViewport({ ...viewport, deviceScaleFactor: 1 });
    await host.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await host.goto(`${base}host-make-room.html`);
    await host.waitForFunction(() => document.documentElement.style.getPropertyValue('--report-banner-height'));
    await host.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await host.screenshot({ path: out(name) });
    console.log(`docs/screenshots/${name}`);
    await host.close();
  }
} finally {
  await browser.close();
  server.close();
}
