/** The checker's pure parts: contrast, scheduling, arguments, browser discovery, verdicts, links. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseUrl, parseArguments, urlsInFile } from '../src/args.js';
import { findBrowser } from '../src/browser.js';
import { contrastRatio, flatten } from '../src/colour.js';
import { FatalError, UsageError } from '../src/errors.js';
import { checkLink, checkLinks } from '../src/links.js';
import type { BannerProbe, ProbeResult, TextSample } from '../src/probe.js';
import { forEachPolitely } from '../src/schedule.js';
import { contactFindings, mergeViewports } from '../src/verdict.js';
import { startServer, type FixtureServer } from './server.js';

describe('contrast', () => {
  it('follows WCAG 2: black on white is 21:1, white on white 1:1', () => {
    expect(contrastRatio([0, 0, 0, 1], [[255, 255, 255, 1]])).toBe(21);
    expect(contrastRatio([255, 255, 255, 1], [[255, 255, 255, 1]])).toBe(1);
    expect(contrastRatio([118, 118, 118, 1], [])).toBe(4.54);
  });

  it('stacks translucent backgrounds on white and fades text with opacity', () => {
    expect(flatten([[0, 0, 0, 0.5]])).toEqual([127.5, 127.5, 127.5, 1]);
    expect(flatten([[10, 20, 30, 1], [255, 0, 0, 1]])).toEqual([10, 20, 30, 1]);
    expect(contrastRatio([0, 0, 0, 1], [[255, 255, 255, 1]], 0.3)).toBeLessThan(4.5);
  });
});

describe('forEachPolitely', () => {
  it('keeps within the concurrency and one page per host', async () => {
    const items = ['a/1', 'a/2', 'a/3', 'b/1', 'b/2', 'c/1'];
    let running = 0;
    let peak = 0;
    const perHost = new Map<string, number>();
    const order: string[] = [];
    await forEachPolitely(items, { concurrency: 2, perHost: 1, hostOf: (item) => item.split('/')[0] }, async (item) => {
      const host = item.split('/')[0];
      running += 1;
      peak = Math.max(peak, running);
      perHost.set(host, (perHost.get(host) ?? 0) + 1);
      expect(perHost.get(host)).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 5));
      perHost.set(host, perHost.get(host)! - 1);
      running -= 1;
      order.push(item);
    });
    expect(peak).toBe(2);
    expect(order.sort()).toEqual([...items].sort());
  });

  it('finishes at once for an empty list', async () => {
    await expect(forEachPolitely([], { concurrency: 2, perHost: 1, hostOf: String }, async () => undefined)).resolves.toBeUndefined();
  });
});

describe('arguments', () => {
  it('reads options with their defaults', async () => {
    expect(await parseArguments(['check', 'example.be'])).toEqual({
      help: false,
      urls: ['https://example.be/'],
      json: false,
      anyBanner: false,
      checkLinks: false,
      screenshots: undefined,
      concurrency: 2,
      perHost: 1,
      timeout: 30_000,
    });
    const args = await parseArguments(['check', '--json', '--timeout', '2.5', '--concurrency', '4', 'http://a.be/', 'http://a.be/']);
    expect(args).toMatchObject({ json: true, timeout: 2500, concurrency: 4, urls: ['http://a.be/'] });
  });

  it('reads URL lists with comments and blank lines', () => {
    expect(urlsInFile('https://a.be/\n\n# a comment\nhttps://b.be/#top  # the home page\r\n')).toEqual(['https://a.be/', 'https://b.be/#top']);
  });

  it('rejects what is not an http(s) URL as a usage error', async () => {
    expect(() => normaliseUrl('mailto:x@y.be')).toThrow(UsageError);
    expect(() => normaliseUrl('http://')).toThrow(UsageError);
    await expect(parseArguments(['check', '--timeout', 'soon', 'a.be'])).rejects.toThrow('--timeout must be a positive number');
  });
});

describe('findBrowser', () => {
  it('takes CHROME_PATH when it is executable and refuses it otherwise', () => {
    expect(findBrowser({ CHROME_PATH: '/opt/chrome' }, (path) => path === '/opt/chrome')).toBe('/opt/chrome');
    expect(() => findBrowser({ CHROME_PATH: '/opt/chrome' }, () => false)).toThrow(FatalError);
  });

  it('tries the usual paths in order and explains when none exists', () => {
    expect(findBrowser({}, (path) => path === '/usr/bin/google-chrome' || path === '/snap/bin/chromium')).toBe('/usr/bin/google-chrome');
    expect(() => findBrowser({}, () => false)).toThrow(/No Chromium or Chrome found.*CHROME_PATH/);
  });
});

const sample = (overrides: Partial<TextSample> = {}): TextSample => ({
  text: 'Meld het',
  link: false,
  fontSize: 16,
  color: [26, 31, 43, 1],
  backgrounds: [[255, 255, 255, 1]],
  backgroundImage: false,
  rect: { x: 0, y: 700, width: 100, height: 20 },
  inViewport: 1,
  visible: 1,
  ...overrides,
});
const links: BannerProbe['links'] = [
  { href: 'tel:116000', text: '116 000' },
  { href: 'https://www.stopchildporno.be/', text: 'Meld beelden anoniem' },
  { href: 'https://1712.be/', text: 'Website van 1712' },
];
const probe = (banner: Partial<BannerProbe> | null, pageLanguage = 'nl-BE'): ProbeResult => ({
  pageLanguage,
  viewport: { width: 375, height: 667 },
  elements: banner ? 1 : 0,
  banner: banner && {
    kind: 'report-banner',
    language: 'nl',
    rect: { x: 0, y: 400, width: 375, height: 267 },
    hidden: false,
    opacity: 1,
    links,
    samples: [sample()],
    ...banner,
  },
});
const codes = (result: ProbeResult, anyBanner = false) => mergeViewports([{ name: 'mobile', probe: result }], anyBanner).map((p) => p.code);

describe('verdicts', () => {
  it('finds nothing wrong with a visible banner in the page language', () => {
    expect(codes(probe({}))).toEqual([]);
    // A page in a language the banner does not speak is not held to one.
    expect(codes(probe({ language: 'en' }, 'es'))).toEqual([]);
  });

  it('names partial clipping and the element on top', () => {
    expect(codes(probe({ samples: [sample(), sample({ visible: 0.5 })] }))).toEqual(['banner-clipped']);
    const [covered] = mergeViewports([{ name: 'desktop', probe: probe({ samples: [sample({ coveredBy: 'div#cookie-wall' })] }) }], false);
    expect(covered).toMatchObject({ code: 'banner-covered', viewports: ['desktop'] });
    expect(covered.message).toContain('"Meld het" under div#cookie-wall');
  });

  it('says whether a static notice was looked for', () => {
    const [plain] = mergeViewports([{ name: 'desktop', probe: probe(null) }], false);
    const [any] = mergeViewports([{ name: 'desktop', probe: probe(null) }], true);
    expect(plain.message).not.toContain('nor a notice');
    expect(any.message).toContain('nor a notice linking to Child Focus and 1712');
  });

  it('accepts the reporting point, the Child Focus site, 1712 by phone or site, and subdomains', () => {
    expect(contactFindings(links)).toEqual([]);
    expect(contactFindings([{ href: 'https://childfocus.be/fr', text: '' }, { href: 'tel:1712', text: '' }])).toEqual([]);
    const lookalikes = [
      { href: 'https://fake-childfocus.be/', text: '' },
      { href: 'https://1712.be.example/', text: '' },
    ];
    expect(contactFindings(lookalikes).map((finding) => finding.code)).toEqual([
      'contact-report-missing',
      'contact-1712-missing',
      'contact-phone-missing',
    ]);
  });
});

describe('link checks', { timeout: 20_000 }, () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('passes answering links, retries HEAD refusals with GET and fails error statuses', async () => {
    const paths = ['/links/ok', '/links/no-head', '/links/gone'];
    const checks = await checkLinks([...paths.map((path) => `${server.origin}${path}`), 'tel:1712'], 5000);
    expect(checks.map(({ href, ok, status }) => [new URL(href).pathname, ok, status])).toEqual([
      ['/links/ok', true, 200],
      ['/links/no-head', true, 200],
      ['/links/gone', false, 404],
    ]);
    expect(server.requests.filter((request) => request.endsWith('/links/no-head'))).toEqual(['HEAD /links/no-head', 'GET /links/no-head']);
  });

  it('reports a link that does not answer', async () => {
    const check = await checkLink('http://127.0.0.1:1/', 5000);
    expect(check.ok).toBe(false);
    expect(check.error).toBeTruthy();
  });
});
