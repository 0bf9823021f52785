import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { LANGUAGES } from '../../src/notice/language.js';
import '../../src/define.js';
import type { ReportBanner } from '../../src/element/report-banner.js';
import { bannerOf, freshPagesEachTest, landmarkOf, loadPage, openPage, scriptTag, settle, shadow, waitFor, type TestPage } from './helpers.js';

/**
 * On a phone the bar and the corner card inform without taking over the page: folded, they stay
 * under a share of the viewport's height and still show, without scrolling inside, the title, a
 * way to call, and a way to report (a witness), to chat (a young reader) or to get help to stop (a
 * client). Measured on whatever texts are in locales/, in every language and for every audience.
 */

const AUDIENCES = ['witness', 'youth', 'client'] as const;
/** The second link a folded reader must reach, besides the call. */
const SECOND = {
  witness: ['report link', 'a[data-channel="report"]'],
  youth: ['chat link', 'a[data-channel="site"]'],
  client: ['help-to-stop link', 'a[data-contact="stopitnow"]'],
} as const;
const VARIANTS = ['bar', 'corner'] as const;
// Folded, a reader whose language a service does not speak also reads which it does ("In Dutch
// or French."), and the reporting point's link says it is for images: on the smallest phone and
// on a phone on its side that is a line more than the plain bar took. A young reader's bar also
// carries the quick exit, and German and English young readers the language note.
const PHONES = [
  { width: 375, height: 667, share: 0.42 },
  { width: 320, height: 568, share: 0.49 },
  { width: 667, height: 375, share: 0.56 },
];
/** Never more than this, even unfolded (it scrolls inside then). */
const MAX_SHARE = 0.7;
/** The default bar's height at 1280×800 before it folded: 218 px (youth) to 242 px (witness). */
const DESKTOP_BEFORE = 218;

const frames = (page: TestPage) =>
  new Promise<void>((resolve) => page.window.requestAnimationFrame(() => page.window.requestAnimationFrame(() => resolve())));

async function show(page: TestPage, el: ReportBanner, lang: string, audience: string) {
  el.dataset.lang = lang;
  el.dataset.audience = audience;
  await el.updateComplete;
  await frames(page);
}

/** Where a visitor would tap it, this element (not the page, not another part) is hit. */
function tappable(page: TestPage, el: ReportBanner, target: Element): string | undefined {
  const box = target.getBoundingClientRect();
  const viewport = { width: page.document.documentElement.clientWidth, height: page.document.documentElement.clientHeight };
  if (box.width === 0 || box.height === 0) return 'not rendered';
  if (box.top < 0 || box.left < 0 || box.bottom > viewport.height + 0.5 || box.right > viewport.width + 0.5) {
    return `outside the viewport (${Math.round(box.top)}..${Math.round(box.bottom)})`;
  }
  const banner = landmarkOf(el)!.getBoundingClientRect();
  if (box.top < banner.top - 0.5 || box.bottom > banner.bottom + 0.5) return 'cut off by the banner';
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  if (page.document.elementFromPoint(x, y) !== el) return 'covered by the page';
  const hit = shadow(el).elementFromPoint(x, y);
  return hit && target.contains(hit) ? undefined : `hit ${hit?.outerHTML.slice(0, 60)} instead`;
}

/** The first rendered element matching `selector`. */
const shown = (el: ReportBanner, selector: string) =>
  [...shadow(el).querySelectorAll<HTMLElement>(selector)].find((element) => element.getClientRects().length > 0);

describe('phone layout of the bar and the corner card', () => {
  before(() => setViewport({ width: 1400, height: 900 }));
  freshPagesEachTest();

  for (const { width, height, share } of PHONES) {
    for (const variant of VARIANTS) {
      it(`${variant} at ${width}×${height}: at most ${share * 100}% high; title, call and report (chat, help-to-stop) links visible and tappable (every language × audience)`, async () => {
        const page = await loadPage(scriptTag(`data-variant="${variant}" data-theme="light"`), { width, height });
        const el = await bannerOf(page);
        const problems: string[] = [];
        for (const lang of LANGUAGES) {
          for (const audience of AUDIENCES) {
            await show(page, el, lang, audience);
            const at = `${lang} ${audience}`;
            const box = landmarkOf(el)!;
            const used = box.getBoundingClientRect().height / height;
            if (used > share) problems.push(`${at}: ${Math.round(used * 100)}% high`);
            if (box.scrollHeight > box.clientHeight + 1) problems.push(`${at}: scrolls inside`);
            // A witness gets the images reporting point; a young reader a chat route; a client help to stop.
            const [second, selector] = SECOND[audience];
            const report = shown(el, selector);
            const call = shown(el, 'a[href^="tel:"]');
            if (audience === 'witness' && report?.getAttribute('href') !== 'https://www.stopchildporno.be/') problems.push(`${at}: no reporting point link`);
            if (audience === 'youth' && !/chat/i.test(report?.textContent ?? '')) problems.push(`${at}: no chat link`);
            for (const [name, target] of [
              ['title', shadow(el).querySelector('[part="title"]')],
              [second, report],
              ['call link', call],
              ['more button', shadow(el).querySelector('[part="more"]')],
            ] as const) {
              const problem = target ? tappable(page, el, target) : 'missing';
              if (problem) problems.push(`${at}: ${name} ${problem}`);
            }
            // The language switch keeps to one row.
            const tops = new Set([...shadow(el).querySelectorAll('[part="languages"] button')].map((b) => Math.round(b.getBoundingClientRect().top)));
            if (tops.size !== 1) problems.push(`${at}: language switch on ${tops.size} rows`);
          }
        }
        expect(problems).to.deep.equal([]);
      });
    }
  }

  it("the operator's form (data-report-url) takes the report link's place, visible and tappable", async () => {
    const page = await loadPage(scriptTag('data-report-url="https://ngo.example/report" data-lang="fr"'), { width: 320, height: 568 });
    const el = await bannerOf(page);
    await frames(page);
    const report = shown(el, 'a[data-channel="report"][href="https://ngo.example/report"]');
    expect(report, 'operator form link').to.exist;
    expect(tappable(page, el, report!)).to.equal(undefined);
    expect(tappable(page, el, shown(el, 'a[href^="tel:"]')!)).to.equal(undefined);
  });

  for (const variant of VARIANTS) {
    it(`${variant}: one labelled disclosure unfolds every service; keyboard operable; at most ${MAX_SHARE * 100}% high, scrolling inside`, async () => {
      const page = await loadPage(scriptTag(`data-variant="${variant}" data-lang="de" data-contacts="childfocus,1712,emergency,stopitnow"`), {
        width: 375,
        height: 667,
      });
      const el = await bannerOf(page);
      await frames(page);
      const more = shadow(el).querySelector<HTMLButtonElement>('[part="more"]')!;
      expect(more.localName).to.equal('button');
      expect(more.textContent!.trim()).to.equal('Mehr Hilfe');
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      const details = shadow(el).getElementById(more.getAttribute('aria-controls')!)!;
      expect(details.contains(shadow(el).querySelector('[part="contacts"]'))).to.equal(true);
      const links = [...shadow(el).querySelectorAll('a')];
      const folded = links.filter((link) => link.getClientRects().length > 0);
      expect(folded.length, 'links while folded').to.be.within(1, 3);

      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(more.getAttribute('aria-expanded')).to.equal('true');
      expect(shadow(el).activeElement === more, 'focus stays on the button').to.equal(true);
      for (const link of links) expect(link.getClientRects().length, link.href).to.be.greaterThan(0);
      expect(shadow(el).querySelectorAll('.contact-name')[1].getClientRects().length, 'names and notes show').to.be.greaterThan(0);
      const box = landmarkOf(el)!;
      expect(box.getBoundingClientRect().height / 667).to.be.at.most(MAX_SHARE);
      expect(box.scrollHeight, 'scrolls inside').to.be.greaterThan(box.clientHeight);
      expect(getComputedStyle(box).overflowY).to.equal('auto');
      // The button stays in reach while the rest scrolls.
      expect(tappable(page, el, more)).to.equal(undefined);

      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      expect(folded.every((link) => link.getClientRects().length > 0)).to.equal(true);
      expect(links.filter((link) => link.getClientRects().length > 0).length).to.equal(folded.length);
    });
  }

  it('folded, Tab goes through the visible controls in order: links, disclosure, languages, close', async () => {
    const start = document.createElement('button');
    const el = document.createElement('report-banner');
    el.dataset.lang = 'en';
    document.body.append(start, el);
    await el.updateComplete;
    start.focus();
    const visible = [...shadow(el).querySelectorAll<HTMLElement>('a, button')].filter((c) => c.getClientRects().length > 0);
    expect(visible.map((c) => c.getAttribute('part') ?? c.getAttribute('lang'))).to.deep.equal(['link', 'link', 'more', 'nl', 'fr', 'de', 'en', 'close']);
    for (const control of visible) {
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement === control, control.outerHTML.slice(0, 60)).to.equal(true);
    }
    start.remove();
    el.remove();
  });

  it('language codes keep the report-banner-language event and aria-pressed', async () => {
    const page = await loadPage(scriptTag('data-lang="nl"'), { width: 320, height: 568 });
    const el = await bannerOf(page);
    const seen: unknown[] = [];
    page.document.addEventListener('report-banner-language', (event) => seen.push((event as CustomEvent).detail));
    shadow(el).querySelector<HTMLButtonElement>('[part="languages"] [lang="fr"]')!.click();
    await el.updateComplete;
    expect(seen).to.deep.equal([{ language: 'fr', previous: 'nl' }]);
    const pressed = [...shadow(el).querySelectorAll('[part="languages"] button')].map((b) => b.getAttribute('aria-pressed'));
    expect(pressed).to.deep.equal(['false', 'true', 'false', 'false']);
  });

  it(`desktop 1280×800: the bar is no taller than before it folded (${DESKTOP_BEFORE} px)`, async () => {
    const page = await loadPage(scriptTag('data-theme="light"'), { width: 1280, height: 800 });
    const el = await bannerOf(page);
    const heights: string[] = [];
    for (const lang of LANGUAGES) {
      for (const audience of AUDIENCES) {
        await show(page, el, lang, audience);
        const height = landmarkOf(el)!.getBoundingClientRect().height;
        if (height > DESKTOP_BEFORE) heights.push(`${lang} ${audience}: ${Math.round(height)} px`);
      }
    }
    expect(heights).to.deep.equal([]);
  });
});

describe("beside the host page's own fixed parts", () => {
  before(() => setViewport({ width: 1400, height: 900 }));
  freshPagesEachTest();

  const published = (page: TestPage) => parseFloat(page.document.documentElement.style.getPropertyValue('--report-banner-height'));

  for (const variant of VARIANTS) {
    it(`${variant}: publishes the height it covers; the documented CSS keeps a fixed footer and a cookie bar usable`, async () => {
      const page = await openPage('/demo/host-fixed.html', { width: 375, height: 667 });
      const script = page.document.querySelector('script[src$="report-banner.js"]')!;
      // The page's tag is the default bar; the corner case sets its variant before it runs.
      if (variant === 'corner') {
        // The page's own banner is placed a task after its script runs: wait for it, then take it away.
        (await bannerOf(page)).remove();
        const tag = page.document.createElement('script');
        tag.src = script.getAttribute('src')!;
        tag.dataset.variant = 'corner';
        page.document.body.append(tag);
      }
      // Its tag puts the page's banner back once (as after a single-page app cleared it), and the
      // new tag's corner outranks it: wait for the corner itself, which is placed a task later.
      const el =
        variant === 'corner' ? await waitFor(() => page.document.querySelector<ReportBanner>('report-banner[data-variant="corner"]')) : await bannerOf(page);
      await el.updateComplete;
      await frames(page);
      await frames(page);
      const box = landmarkOf(el)!.getBoundingClientRect();
      const bottom = page.document.documentElement.clientHeight;
      expect(published(page), 'covers from its top to the bottom edge').to.equal(Math.round(bottom - box.top));

      const callNow = page.document.querySelector('.call-now')!.getBoundingClientRect();
      expect(callNow.bottom).to.be.at.most(box.top + 0.5);
      const call = page.document.getElementById('call-now')!;
      const c = call.getBoundingClientRect();
      expect(page.document.elementFromPoint(c.left + c.width / 2, c.top + c.height / 2)).to.equal(call);
      const accept = page.document.getElementById('accept')!;
      const a = accept.getBoundingClientRect();
      expect(page.document.elementFromPoint(a.left + a.width / 2, a.top + a.height / 2)).to.equal(accept);
      // And the banner's own links are not under the cookie bar.
      const link = shown(el, 'a[href^="tel:"]')!;
      expect(tappable(page, el, link)).to.equal(undefined);

      shadow(el).querySelector<HTMLButtonElement>('[part="close"]')!.click();
      await el.updateComplete;
      expect(page.document.documentElement.style.getPropertyValue('--report-banner-height')).to.equal('');
    });
  }

  it('a top bar: the sticky header moves below it with top: var(--report-banner-height)', async () => {
    const page = await loadPage(
      `<header style="position:sticky;top:var(--report-banner-height,0px);height:48px"><a id="login" href="#l">Log in</a></header><div style="height:2000px"></div>${scriptTag('data-position="top" data-lang="fr"')}`,
      { width: 375, height: 667 },
    );
    const el = await bannerOf(page);
    await frames(page);
    await frames(page);
    const bar = landmarkOf(el)!.getBoundingClientRect();
    expect(published(page)).to.equal(Math.round(bar.bottom));
    const login = page.document.getElementById('login')!.getBoundingClientRect();
    expect(login.top).to.be.at.least(bar.bottom - 0.5);
    expect(page.document.elementFromPoint(login.left + 2, login.top + login.height / 2)?.id).to.equal('login');
  });

  it("the README's space-reserving rule on a page that just fits the window raises no ResizeObserver error", async () => {
    for (const width of [375, 1024]) {
      const page = await openPage('/test/browser/pages/just-fits.html', { width, height: 600 });
      const el = await bannerOf(page);
      for (let i = 0; i < 5; i++) await frames(page);
      await settle(50);
      expect((page.window as unknown as { __errors: string[] }).__errors, `at ${width}`).to.deep.equal([]);
      expect(landmarkOf(el)).to.exist;
      expect(published(page)).to.be.greaterThan(0);
      page.frame.remove();
    }
  });
});
