import { expect } from '@open-wc/testing';
import { bannerOf, freshPagesEachTest, landmarkOf, loadPage, scriptTag, settle, shadow, waitFor, type TestPage } from './helpers.js';

/** A host page at its worst: rules that would hide, shrink, blank out or cover a notice. */
const HOSTILE = `<style>
  html { font-size: 200% !important; }
  * { font-family: serif !important; text-transform: uppercase !important; letter-spacing: -3px !important; }
  body * { color: transparent !important; font-size: 2px !important; display: inline !important; line-height: 0 !important; }
  a, button { pointer-events: none !important; }
  report-banner { display: none !important; opacity: 0 !important; visibility: hidden !important; transform: scale(0) !important; }
  .overlay { display: block !important; position: fixed !important; inset: 0; z-index: 2147482999 !important; }
</style>`;

/** The banner's light-theme defaults (report-banner.styles.ts). */
const TEXT = 'rgb(26, 31, 43)';
const ACCENT = 'rgb(31, 95, 153)';
const DEFAULT_Z_INDEX = '2147483000';

/** Whether a real pointer at the middle of `element` would reach it (z-index, pointer-events, cover). */
function reachable(page: TestPage, banner: Element, element: Element) {
  const box = element.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const hit = shadow(banner).elementFromPoint(x, y);
  return page.document.elementFromPoint(x, y) === banner && hit !== null && element.contains(hit);
}

/** Own properties of `window`, less those a page has anyway. */
const globalsOf = (page: TestPage) => new Set(Object.getOwnPropertyNames(page.window));

describe('host isolation: the host page cannot hide or garble the banner, and the banner leaves the page alone', () => {
  freshPagesEachTest();

  it('hostile host CSS leaves the text legible, at its own size, colour and font', async () => {
    const page = await loadPage(`<div class="overlay"></div><main><p>Listing</p></main>${scriptTag('data-theme="light"')}`, { head: HOSTILE });
    const banner = await bannerOf(page);
    const host = getComputedStyle(banner);
    expect([host.display, host.opacity, host.visibility, host.transform]).to.deep.equal(['block', '1', 'visible', 'none']);
    const landmark = landmarkOf(banner)!;
    expect(landmark.getBoundingClientRect().height).to.be.greaterThan(60);

    const title = getComputedStyle(shadow(banner).querySelector('h2')!);
    const message = getComputedStyle(shadow(banner).querySelector('p')!);
    expect([title.color, title.fontSize, title.fontWeight]).to.deep.equal([TEXT, '18px', '700']);
    expect([message.color, message.fontSize, message.display]).to.deep.equal([TEXT, '16px', 'block']);
    for (const style of [title, message]) {
      expect(style.fontFamily).to.contain('system-ui');
      expect([style.textTransform, style.letterSpacing]).to.deep.equal(['none', 'normal']);
    }
    // The host's own text did get the hostile rules: they were in force.
    expect(getComputedStyle(page.document.querySelector('main p')!).fontSize).to.equal('2px');
  });

  it('links and the close button stay clickable above the host overlay and its pointer-events rules', async () => {
    const page = await loadPage(`<div class="overlay"></div>${scriptTag('data-theme="light"')}`, { head: HOSTILE });
    const banner = await bannerOf(page);
    // The folded bar shows the first links; unfolding it shows every one.
    const more = shadow(banner).querySelector<HTMLButtonElement>('[part="more"]')!;
    expect(reachable(page, banner, more)).to.equal(true);
    more.click();
    await banner.updateComplete;
    for (const link of shadow(banner).querySelectorAll('a')) {
      const style = getComputedStyle(link);
      expect([style.color, style.pointerEvents], link.href).to.deep.equal([ACCENT, 'auto']);
      expect(reachable(page, banner, link), link.href).to.equal(true);
    }
    const close = shadow(banner).querySelector<HTMLButtonElement>('[part="close"]')!;
    expect(reachable(page, banner, close)).to.equal(true);
    close.click();
    await banner.updateComplete;
    expect(landmarkOf(banner)).to.equal(null);
  });

  it(`sits in the top layer, above an overlay at any z-index, at a level of ${DEFAULT_Z_INDEX} or the one --report-banner-z-index gives (for browsers without a top layer)`, async () => {
    const higher = '<style>.overlay { z-index: 2147483647 !important; }</style>';
    for (const [value, level] of [
      ['', DEFAULT_Z_INDEX],
      ['2147483200', '2147483200'],
      ['-1', '-1'],
    ]) {
      const lifted = value ? `<style>html { --report-banner-z-index: ${value}; }</style>` : '';
      const page = await loadPage(`${scriptTag()}<div class="overlay"></div>`, { head: HOSTILE + higher + lifted });
      const banner = await bannerOf(page);
      const link = shadow(banner).querySelector('a')!;
      expect(landmarkOf(banner)!.matches(':popover-open')).to.equal(true);
      expect(getComputedStyle(landmarkOf(banner)!).zIndex).to.equal(level);
      expect(reachable(page, banner, link), `an overlay later in the page at the highest z-index, level ${level}`).to.equal(true);
      page.frame.remove();
    }
  });

  it('adds no style sheet and no style to the page; only --report-banner-height on <html> while a bar shows', async () => {
    const probe = '<main><h1>Title</h1><p>Text <a href="#x">link</a></p><button>Button</button></main>';
    const without = await loadPage(probe);
    const looks = (page: TestPage) =>
      [...page.document.querySelectorAll('main *')].map((element) => {
        const style = getComputedStyle(element);
        return [style.color, style.font, style.display, style.margin, style.padding, style.zIndex, style.position].join('|');
      });
    const expected = looks(without);

    const page = await loadPage(`${probe}${scriptTag()}`);
    const banner = await bannerOf(page);
    // The height is published once the browser has measured the drawn bar.
    await waitFor(() => page.document.documentElement.style.length > 0);
    await settle(50);
    expect(looks(page)).to.deep.equal(expected);
    expect(page.document.styleSheets.length).to.equal(0);
    expect(page.document.adoptedStyleSheets.length).to.equal(0);
    expect(page.document.documentElement.style.length).to.equal(1);
    expect(page.document.documentElement.style.getPropertyValue('--report-banner-height')).to.match(/^\d+px$/);
    expect(page.document.body.getAttribute('style')).to.equal(null);

    shadow(banner).querySelector<HTMLButtonElement>('[part="close"]')!.click();
    await banner.updateComplete;
    expect(page.document.documentElement.style.length).to.equal(0);
  });

  it('adds no globals but the element name and Symbol.metadata', async () => {
    const before = await loadPage('<p>page</p>');
    const names = globalsOf(before);
    const page = await loadPage(`<p>page</p><script>window.pageGlobal = 1</script>${scriptTag()}`);
    await bannerOf(page);
    // Control: a global the page itself sets is seen.
    expect([...globalsOf(page)].filter((name) => !names.has(name))).to.deep.equal(['pageGlobal']);
    expect(page.window.customElements.get('report-banner')).not.to.equal(undefined);
    // Lit's decorators need it; it is only defined where the browser has none of its own.
    expect(typeof page.window.Symbol.metadata).to.equal('symbol');
  });
});
