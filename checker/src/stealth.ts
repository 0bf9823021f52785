/**
 * Makes the driven browser look like a visitor's, so a site that shows the notice only to
 * automation (or hides it from people only) is judged on what people get.
 */
import type { Browser, Page } from 'puppeteer-core';

export interface Identity {
  userAgent: string;
  platform: string;
  version: string;
}

/** The browser's own user agent without "Headless"; an Android phone's for the mobile viewport. */
export async function identity(browser: Browser, mobile: boolean): Promise<Identity> {
  const desktop = (await browser.userAgent()).replace('HeadlessChrome', 'Chrome');
  const version = /Chrome\/([\d.]+)/.exec(desktop)?.[1] ?? '120.0.0.0';
  if (!mobile) return { userAgent: desktop, platform: 'Linux', version };
  const userAgent = `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${version} Mobile Safari/537.36`;
  return { userAgent, platform: 'Android', version };
}

/**
 * Runs in every document before the site's scripts: no `navigator.webdriver` and a screen at least
 * as large as the window, as in an ordinary Chrome.
 */
function disguise(): void {
  const define = (target: object, name: string, value: unknown) => {
    try {
      Object.defineProperty(target, name, { get: () => value, configurable: true });
    } catch {
      // A frozen prototype keeps its own value.
    }
  };
  define(Navigator.prototype, 'webdriver', false);
  const width = Math.max(screen.width, innerWidth, outerWidth);
  const height = Math.max(screen.height, innerHeight + 80, outerHeight);
  for (const [name, value] of [
    ['width', width],
    ['height', height],
    ['availWidth', width],
    ['availHeight', height - 40],
  ] as const) {
    define(Screen.prototype, name, value);
  }
  define(window, 'outerWidth', innerWidth);
  define(window, 'outerHeight', innerHeight + 80);
}

export async function disguisePage(page: Page, mobile: boolean, { userAgent, platform, version }: Identity): Promise<void> {
  const major = version.split('.')[0];
  const brands = [
    { brand: 'Chromium', version: major },
    { brand: 'Google Chrome', version: major },
    { brand: 'Not_A Brand', version: '24' },
  ];
  await page.setUserAgent({
    userAgent,
    userAgentMetadata: {
      brands,
      fullVersionList: brands.map((brand) => ({ ...brand, version: brand.brand === 'Not_A Brand' ? '24.0.0.0' : version })),
      fullVersion: version,
      platform,
      platformVersion: mobile ? '10.0.0' : '6.1.0',
      architecture: mobile ? '' : 'x86',
      model: mobile ? 'K' : '',
      mobile,
      bitness: '64',
      wow64: false,
    },
  });
  await page.evaluateOnNewDocument(disguise);
}
