import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CONTACTS } from '../../src/notice/contacts.js';
import { checkText } from '../../src/options/mistakes.js';
import { MAX_TEXT_LENGTH } from '../../src/options/parse.js';
import {
  ERROR_RECORDER,
  NETWORK_RECORDER,
  bannerOf,
  errorsOf,
  freshPagesEachTest,
  loadPage,
  requestsOf,
  scriptTag,
  settle,
  shadow,
  type TestPage,
} from './helpers.js';
import type { ReportBanner } from '../../src/element/report-banner.js';

/** Fixed, so a failure replays the same way everywhere; change it only to explore. */
const SEED = 20261128;

/**
 * Payloads that call `__xss()` record themselves if they ever run; every element added to the page
 * once it is parsed (before the deferred bundle runs) is recorded too.
 */
const TRAPS = `<script>window.__executed=[];window.__xss=(n)=>__executed.push(n??1);window.alert=window.__xss;
window.__injected=[];document.addEventListener('readystatechange',()=>new MutationObserver((r)=>{for(const m of r)for(const n of m.addedNodes)if(n.nodeType===1&&n.localName!=='report-banner')__injected.push(n.outerHTML)}).observe(document,{childList:true,subtree:true}),{once:true})</script>`;

/** Known ways in: markup, script URLs, entity tricks, attribute breakouts, odd and long Unicode. */
const CORPUS = [
  '<script>__xss(1)</script>',
  '<img src=x onerror=__xss(2)>',
  '<svg onload=__xss(3)>',
  '<iframe srcdoc="<script>parent.__xss(4)</script>"></iframe>',
  '"><img src=x onerror=__xss(5)>',
  "'><svg/onload=__xss(6)>",
  '" onmouseover="__xss(7)" x="',
  '`${__xss(8)}`',
  '{{__xss(9)}}',
  '{{constructor.constructor("__xss(10)")()}}',
  '$t(__xss) $(__xss) {{- __xss}}',
  '&lt;img src=x onerror=__xss(11)&gt;',
  '&#60;script&#62;__xss(12)&#60;/script&#62;',
  '\\u003cscript\\u003e__xss(13)',
  '</style><script>__xss(14)</script>',
  '<!--<script>__xss(15)</script>-->',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss(16)>',
  'javascript:__xss(17)',
  'JaVaScRiPt:__xss(18)',
  ' javascript:__xss(19)',
  'java\tscript:__xss(20)',
  'data:text/html,<script>__xss(21)</script>',
  'data:text/html;base64,PHNjcmlwdD5fX3hzcygyMik8L3NjcmlwdD4=',
  'vbscript:__xss(23)',
  'http://example.org/',
  '//example.org/',
  'https:',
  'https://',
  'https://user:pass@example.org/" onclick="__xss(24)',
  'https://example.org/<script>__xss(25)</script>',
  'red;background:url(https://example.org/x.png)',
  'url(javascript:__xss(26))',
  'expression(__xss(27))',
  'var(--x)',
  '#fff}</style><script>__xss(28)</script>',
  'childfocus,<img src=x onerror=__xss(29)>,1712',
  '__proto__,constructor,toString',
  '\u202Eevil\u202C reversed',
  '\u2066\u2067\u2068\u2069\u200F\u200E isolates',
  'Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035A\u035B\u035C\u035D\u035E\u035F\u0360 zalgo',
  '\uD800 lone \uDFFF surrogates',
  '\u0000\u0001\u0008\u001F\u007F controls',
  '\uFEFF\u200B\u2028\u2029 invisible',
  '👩‍👩‍👧‍👦🏳️‍🌈 family',
  'e\u0301\u0301\u0301 ﷽ 𒐫 long glyphs',
  'x'.repeat(100_000),
  '<'.repeat(5_000),
];

/** Pieces that fuzzed strings are assembled from, so the random ones come close to the real ones. */
const FRAGMENTS = ['<', '>', '"', "'", '`', '&', '&lt;', '&#x3c;', '=', '/', ':', ';', ',', 'script', 'img', 'onerror', '__xss()',
  'javascript:', 'https://', 'data:', 'url(', ')', '{{', '}}', '$t(', '\u202E', '\u0000', '\uD800', ' ', '\n', 'childfocus', '1712'];

const hostile = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...CORPUS) },
  { weight: 3, arbitrary: fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string()), { maxLength: 8 }).map((p) => p.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: MAX_TEXT_LENGTH - 5, maxLength: 900 }) },
);

/** Everything the banner's shadow root may hold: anything else was injected. */
const TAGS = new Set(['section', 'dialog', 'div', 'h2', 'p', 'ul', 'li', 'span', 'a', 'button', 'svg', 'path']);
const ATTRIBUTES = new Set(['part', 'class', 'id', 'role', 'lang', 'dir', 'tabindex', 'href', 'target', 'rel', 'data-contact',
  'data-channel', 'aria-label', 'aria-labelledby', 'aria-modal', 'aria-pressed', 'aria-expanded', 'aria-controls', 'title',
  'aria-hidden', 'viewbox', 'd', 'focusable', 'style', 'popover']);
const REGISTRY_LINKS = new Set<string>(CONTACTS.flatMap((contact) => contact.channels.map((channel) => channel.href)));
const DEFAULT_REPORT = 'https://www.stopchildporno.be/';

/** The shadow DOM's shape, which no text or URL option may change. */
const shapeOf = (banner: Element) =>
  [...shadow(banner).querySelectorAll('*')].map((element) => element.localName).join(' ').replace(/( p)+/g, ' p');

/** Nothing but the banner's own elements and attributes, and links only to https: and tel:. */
function expectNoInjection(banner: Element, context: string) {
  for (const element of shadow(banner).querySelectorAll('*')) {
    expect(TAGS.has(element.localName), `${context}: <${element.localName}>`).to.equal(true);
    for (const { name, value } of element.attributes) {
      expect(ATTRIBUTES.has(name.toLowerCase()), `${context}: attribute ${name}`).to.equal(true);
      // The accent, set as custom properties through the CSSOM, is the only style.
      if (name === 'style') expect(value, context).to.match(/^(--_accent[\w-]*: [^;]*;\s*)+$/);
    }
  }
  for (const link of shadow(banner).querySelectorAll('a')) {
    expect(link.getAttribute('href'), context).to.match(/^(https:\/\/|tel:)/);
  }
}

interface Stage {
  page: TestPage;
  /** Places a banner with these attributes and returns it rendered, with the warnings it caused. */
  render(attributes: Record<string, string>): Promise<{ banner: ReportBanner; warnings: string[] }>;
}

async function stage(): Promise<Stage> {
  const page = await loadPage(scriptTag('data-lang="en"'), { head: ERROR_RECORDER + NETWORK_RECORDER + TRAPS });
  await bannerOf(page);
  let previous: ReportBanner | undefined;
  return {
    page,
    async render(attributes) {
      previous?.remove();
      const seen = page.warnings.length;
      const banner = page.document.createElement('report-banner');
      for (const [name, value] of Object.entries(attributes)) banner.setAttribute(name, value);
      // Only the banner the script tag placed or took shows (any other renders nothing): each one
      // placed here is made that banner, as the tag makes the one it takes.
      (page.window.customElements.get('report-banner') as unknown as { chosen?: Element }).chosen = banner;
      page.document.body.append(banner);
      await banner.updateComplete;
      previous = banner;
      return { banner, warnings: page.warnings.slice(seen) };
    },
  };
}

/** After all runs: no payload ran, no element reached the page, nothing was fetched or thrown. */
async function expectPageUntouched(page: TestPage) {
  await settle(100);
  const traps = page.window as unknown as { __executed: number[]; __injected: string[] };
  expect(traps.__executed, 'payloads that ran').to.deep.equal([]);
  expect(traps.__injected, 'elements added to the page').to.deep.equal([]);
  expect(requestsOf(page), 'requests').to.deep.equal([]);
  expect(errorsOf(page), 'errors').to.deep.equal([]);
}

const TEXT_OPTIONS = ['title', 'message'].flatMap((kind) =>
  [undefined, 'nl', 'fr', 'de', 'en'].map((language) => ({ kind, language, attribute: language ? `data-${kind}-${language}` : `data-${kind}` })),
);

describe('injection: no option can run code, add an element or point a link elsewhere than https:', () => {
  freshPagesEachTest();

  it('every text option is shown as the very text given (trimmed, cut at 400), never as markup', async function () {
    // 300 banners, each drawn in a frame of its own before the rest of it renders.
    this.timeout(60000);
    const s = await stage();
    const shapes = new Map<string, { shape: string; title: string; message: string }>();
    for (const language of ['nl', 'fr', 'de', 'en']) {
      // One language shown, so wording for it leaves none missing (which would warn).
      const { banner } = await s.render({ 'data-lang': language, 'data-langs': '' });
      const text = (part: string) => shadow(banner).querySelector(`[part="${part}"]`)!.textContent!;
      shapes.set(language, { shape: shapeOf(banner), title: text('title'), message: text('message') });
    }
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TEXT_OPTIONS), fc.constantFrom('nl', 'fr', 'de', 'en'), hostile, async (option, language, value) => {
        const { banner, warnings } = await s.render({ 'data-lang': option.language ?? language, 'data-langs': '', [option.attribute]: value });
        const baseline = shapes.get(option.language ?? language)!;
        expect(shapeOf(banner), 'shape').to.equal(baseline.shape);
        expectNoInjection(banner, option.attribute);
        const trimmed = value.trim();
        const expected = trimmed.length > MAX_TEXT_LENGTH ? [`report-banner: ${option.attribute} is ${trimmed.length} characters long; it is cut to 400.`] : [];
        // Pasting mistakes (typographic quotes, a value cut off by an apostrophe) are warned about and may fall back.
        const kept = checkText(option.attribute, trimmed.slice(0, MAX_TEXT_LENGTH) || undefined, (w) => expected.push(`report-banner: ${w}`));
        // A message's lines are its paragraphs.
        const asShown = (text: string) => (option.kind === 'message' ? text.split(/\r?\n/).filter((line) => line.trim()).join('') : text);
        const shown = shadow(banner).querySelector(`[part="${option.kind}"]`)!.textContent;
        expect(shown).to.equal(kept === undefined ? baseline[option.kind as 'title' | 'message'] : asShown(kept));
        expect(warnings).to.deep.equal(expected);
      }),
      { seed: SEED, numRuns: 300 },
    );
    await expectPageUntouched(s.page);
  });

  it('data-report-url takes only an absolute https: address; anything else warns and keeps the default link', async function () {
    // Each banner is drawn in a frame of its own before the rest of it renders.
    this.timeout(40000);
    const s = await stage();
    const urls = fc.oneof(hostile, fc.webUrl({ validSchemes: ['https', 'http', 'ftp'] }), fc.webUrl().map((url) => `${url}" onclick="__xss()`));
    const check = async (value: string) => {
      const { banner, warnings } = await s.render({ 'data-report-url': value });
      expectNoInjection(banner, value);
      // The official reporting point always stays; an accepted address is added beside it.
      expect(shadow(banner).querySelector('a.report:not(.custom)')!.getAttribute('href')).to.equal(DEFAULT_REPORT);
      const report = (shadow(banner).querySelector('a.custom') ?? shadow(banner).querySelector('a.report'))!.getAttribute('href')!;
      let accepted: string | undefined;
      try {
        const url = new URL(value.trim());
        if (url.protocol === 'https:' && url.hostname) accepted = url.href;
      } catch {
        // Not a URL: refused.
      }
      if (accepted) {
        expect(report).to.equal(accepted);
        expect(warnings).to.deep.equal([]);
      } else {
        expect(report, value).to.equal(DEFAULT_REPORT);
        expect(value.trim() === '' || warnings.some((w) => w.includes('data-report-url=') && w.includes('https://')), value).to.equal(true);
      }
      return report;
    };
    for (const refused of CORPUS.filter((value) => !/^https:\/\/[^/]/.test(value))) expect(await check(refused)).to.equal(DEFAULT_REPORT);
    await fc.assert(fc.asyncProperty(urls, async (value) => void (await check(value))), { seed: SEED, numRuns: 150 });
    await expectPageUntouched(s.page);
  });

  it('data-accent takes only a CSS colour, set as one custom property; anything else warns and keeps the default', async function () {
    // Each banner is drawn in a frame of its own before the rest of it renders.
    this.timeout(40000);
    const s = await stage();
    const { banner: plain } = await s.render({});
    const defaultAccent = getComputedStyle(shadow(plain).querySelector('a')!).color;
    const colours = fc.oneof(hostile, fc.constantFrom('#c00', 'rebeccapurple', 'rgb(1 2 3 / 50%)', 'hsl(10 50% 50%)', 'transparent'));
    await fc.assert(
      fc.asyncProperty(colours, async (value) => {
        const { banner, warnings } = await s.render({ 'data-accent': value });
        expectNoInjection(banner, value);
        const { style } = shadow(banner).querySelector<HTMLElement>('[part~="banner"]')!;
        const set = [...style].filter((name) => name.startsWith('--_accent')).map((name) => style.getPropertyValue(name));
        const refused = warnings.some((w) => w.startsWith('report-banner: data-accent=') && w.includes('is not valid'));
        if (set.length > 0) {
          expect(refused, value).to.equal(false);
          for (const colour of set) expect(s.page.window.CSS.supports('color', colour), `${value} → ${colour}`).to.equal(true);
        } else if (value.trim()) {
          expect(refused, value).to.equal(true);
          expect(getComputedStyle(shadow(banner).querySelector('a')!).color).to.equal(defaultAccent);
        }
      }),
      { seed: SEED, numRuns: 150, examples: CORPUS.map((value) => [value]) },
    );
    await expectPageUntouched(s.page);
  });

  it('data-contacts only ever shows services from the registry, with their own links', async function () {
    // Each banner is drawn in a frame of its own before the rest of it renders.
    this.timeout(40000);
    const s = await stage();
    const ids = CONTACTS.map((contact) => contact.id);
    const lists = fc.oneof(hostile, fc.array(fc.oneof(fc.constantFrom(...ids), hostile), { maxLength: 6 }).map((parts) => parts.join(',')));
    await fc.assert(
      fc.asyncProperty(lists, async (value) => {
        const { banner } = await s.render({ 'data-contacts': value });
        expectNoInjection(banner, value);
        const links = [...shadow(banner).querySelectorAll('a')];
        expect(links.length, value).to.be.greaterThan(0);
        for (const link of links) expect(REGISTRY_LINKS.has(link.getAttribute('href')!), value).to.equal(true);
      }),
      { seed: SEED, numRuns: 100, examples: CORPUS.map((value) => [value]) },
    );
    await expectPageUntouched(s.page);
  });

  it('data-target is only ever used as a selector: the banner goes into a match or becomes a bar', async () => {
    const targets = fc.oneof(
      fc.constantFrom('<img src=x onerror=__xss(1)>', 'javascript:__xss(2)', '#slot, <script>', '[onclick]', '*', ':root', 'body', '#slot'),
      hostile,
    );
    await fc.assert(
      fc.asyncProperty(targets, async (value) => {
        const escaped = value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
        const page = await loadPage(`<div id="slot"></div>${scriptTag(`data-target="${escaped}"`)}`, { head: ERROR_RECORDER + TRAPS });
        const banner = await bannerOf(page);
        expectNoInjection(banner, value);
        const traps = page.window as unknown as { __executed: number[]; __injected: string[] };
        expect(traps.__executed).to.deep.equal([]);
        expect(traps.__injected).to.deep.equal([]);
        expect(errorsOf(page)).to.deep.equal([]);
        if (banner.dataset.variant === 'bar') expect(page.warnings.join('\n')).to.contain('data-target=');
        else expect(banner.parentElement?.matches(value), value).to.equal(true);
        page.frame.remove();
      }),
      { seed: SEED, numRuns: 20 },
    );
  });

  it('the script tag hands every hostile value over as text, through HTML-escaped attributes', async () => {
    const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    for (const payload of ['"><img src=x onerror=__xss(1)>', '<script>__xss(2)</script>', '&lt;svg onload=__xss(3)&gt;']) {
      const attributes = ['data-title', 'data-message', 'data-title-en', 'data-message-en', 'data-report-url', 'data-accent', 'data-contacts']
        .map((name) => `${name}="${escape(payload)}"`)
        .join(' ');
      const page = await loadPage(scriptTag(`data-lang="en" ${attributes}`), { head: ERROR_RECORDER + NETWORK_RECORDER + TRAPS });
      const banner = await bannerOf(page);
      expectNoInjection(banner, payload);
      expect(shadow(banner).querySelector('[part="title"]')!.textContent).to.equal(payload);
      expect(shadow(banner).querySelector('a.report')!.getAttribute('href')).to.equal(DEFAULT_REPORT);
      await expectPageUntouched(page);
      page.frame.remove();
    }
  });
});

describe('what is shown depends on the options alone', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('renders the same banner whatever Math.random and crypto return (no randomness in what is shown)', async () => {
    const shown: string[] = [];
    for (const value of [0.01, 0.99]) {
      const random = `<script>Math.random=()=>${value};crypto.getRandomValues=(a)=>a.fill(${Math.round(value * 255)});crypto.randomUUID=()=>'${value}'</script>`;
      const page = await loadPage(scriptTag('data-lang="nl" data-langs="nl,fr" data-contacts="childfocus,1712,emergency"'), { head: random });
      const root = shadow(await bannerOf(page));
      // Lit's own markers are comments, which are never shown.
      const walker = page.document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
      for (let comment = walker.nextNode(); comment; comment = walker.nextNode()) comment.textContent = '';
      shown.push(root.innerHTML);
      page.frame.remove();
    }
    expect(shown[0]).to.contain('Child Focus');
    expect(shown[1]).to.equal(shown[0]);
  });
});
