import { readFile } from 'node:fs/promises';
import CHROMIUM_FLAGS from './checker/src/chromium-flags.json' with { type: 'json' };
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';

// Debian's browsers; no test tool may download its own.
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const only = process.env.BROWSERS?.split(',');
const browsers = [
  chromeLauncher({
    launchOptions: {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', ...CHROMIUM_FLAGS],
    },
  }),
  puppeteerLauncher({
    launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
  }),
].filter((launcher) => !only || only.includes(launcher.name.toLowerCase().includes('firefox') ? 'firefox' : 'chromium'));

// Fixtures of test/browser/csp.test.ts, served with the policy each one is about.
const NONCE = 'Zm9yLXRlc3RzLW9ubHk=';
const POLICIES = {
  '/test/browser/pages/csp-strict.html': "default-src 'none'; script-src 'self'; style-src 'self'",
  '/test/browser/pages/csp-nonce.html': `default-src 'none'; script-src 'nonce-${NONCE}'; style-src 'nonce-${NONCE}'`,
  '/test/browser/pages/csp-trusted-types-refused.html':
    "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types other",
  '/test/browser/pages/csp-trusted-types.html':
    "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
};
const contentSecurityPolicy = async (context, next) => {
  const policy = POLICIES[context.path];
  if (!policy) return next();
  // Served as written: the dev server would otherwise add a script of its own to the page.
  context.type = 'html';
  context.set('Content-Security-Policy', policy);
  context.body = await readFile(new URL(`.${context.path}`, import.meta.url));
};

// The bundle and its hash files byte for byte: the esbuild plugin would rewrite the bundle,
// which then no longer matches its SRI hash (test/browser/configurator.test.ts).
const BUILT_AS_IS = ['/dist/report-banner.js', '/dist/report-banner.js.sri', '/dist/manifest.json'];
const builtFiles = async (context, next) => {
  if (!BUILT_AS_IS.includes(context.path)) return next();
  context.type = context.path.endsWith('.js') ? 'text/javascript' : context.path.endsWith('.json') ? 'application/json' : 'text/plain';
  context.set('Cache-Control', 'no-cache');
  context.body = await readFile(new URL(`.${context.path}`, import.meta.url));
};

/**
 * `emulateMedia` from @web/test-runner-commands covers colour scheme and reduced motion, not
 * forced colours (Windows high contrast). This command sets media features through the DevTools
 * protocol, which only Chromium speaks; in Firefox it fails and the tests say what they check
 * instead.
 */
const devtools = new Map();
const mediaFeatures = {
  name: 'emulate-media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features') return undefined;
    // Emulation lasts as long as the DevTools session that set it: keep one per test page.
    let cdp = devtools.get(session.id);
    if (!cdp) {
      cdp = await session.browser.getPage(session.id).createCDPSession();
      devtools.set(session.id, cdp);
    }
    await cdp.send('Emulation.setEmulatedMedia', { features: payload });
    return true;
  },
};

export default {
  files: ['test/browser/**/*.test.ts'],
  middleware: [contentSecurityPolicy, builtFiles],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2021' }), mediaFeatures],
  browsers,
};
