// The mock listing page each preview shows the banner on: the snippet is pasted into it as an
// operator would, and the real built script does the rest.
import { escapeAttribute } from './snippet.js';

/** The built classic script, as `npm run build` wrote it. */
export const BUNDLE_URL = new URL('../dist/report-banner.js', import.meta.url).href;
const SRI_URL = new URL('../dist/report-banner.js.sri', import.meta.url).href;
const MANIFEST_URL = new URL('../dist/manifest.json', import.meta.url).href;
const PAGE_CSS = new URL('page.css', import.meta.url).href;

/**
 * The hash scripts/sri.mjs wrote next to the bundle, its sizes (from manifest.json, when that
 * reads as JSON), and whether the hash still describes the bundle: `rollup -c` alone rebuilds
 * the bundle without renewing the hash.
 * @typedef {{ integrity: string, stale: boolean, version?: string, bytes?: number, gzipBytes?: number }} BuildFacts
 * @returns {Promise<BuildFacts | undefined>} undefined when the build has not written the hash
 */
export async function loadBuildFacts() {
  const get = (/** @type {string} */ url) => fetch(url, { cache: 'no-store' }).then((response) => (response.ok ? response : undefined));
  try {
    const [sri, manifest, bundle] = await Promise.all([
      get(SRI_URL).then((response) => response?.text()),
      get(MANIFEST_URL).then((response) => response?.json()).catch(() => undefined),
      get(BUNDLE_URL).then((response) => response?.arrayBuffer()),
    ]);
    if (!sri || !bundle) return undefined;
    const integrity = sri.trim();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bundle));
    return { ...manifest, integrity, stale: `sha384-${btoa(String.fromCharCode(...digest))}` !== integrity };
  } catch {
    return undefined;
  }
}

/**
 * Forwards the banner's `console.warn` messages to the iframe element in this page, so the
 * configurator can show why a value was refused.
 */
const WARNING_RELAY =
  '<script>{const warn=console.warn.bind(console);console.warn=(...a)=>{frameElement?.dispatchEvent(new CustomEvent("preview-warning",{detail:a.join(" ")}));warn(...a)}}</script>';

// Enough listings to scroll, as a real listing page does, so what the banner covers shows.
const LISTINGS = ['Brussel', 'Antwerpen', 'Liège', 'Gent', 'Namur', 'Leuven', 'Brugge', 'Charleroi', 'Mechelen', 'Eupen', 'Hasselt', 'Mons']
  .map((city, i) => `<li><div class="photo"></div><h2>Listing ${i + 1}</h2><p>${city}</p></li>`)
  .join('');

/**
 * A whole page with the snippet after its heading (where an inline banner then appears). `room`
 * is the edge the page pads by the banner's height, as the README asks of a host page; `none`
 * is the usual page that does not.
 * @param {string} snippet
 * @param {{ lang?: string, dark?: boolean, relayWarnings?: boolean, room?: 'bottom' | 'top' | 'none' }} [page]
 */
export function previewDocument(snippet, { lang = 'nl-BE', dark = false, relayWarnings = false, room = 'bottom' } = {}) {
  const classes = [dark ? 'dark' : '', room === 'bottom' ? '' : `room-${room}`].filter(Boolean).join(' ');
  return `<!doctype html>
<html lang="${escapeAttribute(lang)}"${classes ? ` class="${classes}"` : ''}>
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Listing site</title><link rel="stylesheet" href="${PAGE_CSS}">${relayWarnings ? WARNING_RELAY : ''}</head>
<body><header class="site">Zoekertjes.example</header>
<main><h1>Recent listings</h1>
${snippet}
<ul class="listings">${LISTINGS}</ul></main></body></html>`;
}

/** Dismissals are remembered per origin; the demo forgets them so every preview shows its banner. */
export function forgetDismissals() {
  for (const key of Object.keys(localStorage)) if (key.startsWith('report-banner:')) localStorage.removeItem(key);
}
