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
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  }),
  puppeteerLauncher({
    launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
  }),
].filter((launcher) => !only || only.includes(launcher.name.toLowerCase().includes('firefox') ? 'firefox' : 'chromium'));

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2021' })],
  browsers,
};
