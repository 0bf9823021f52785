import { expect } from '@open-wc/testing';
import { BUNDLE, bannerOf, freshPagesEachTest, loadPage, waitFor, type TestPage } from './helpers.js';

/** Inserts the tag as a tag manager's Custom HTML does: a new script element, after the page loaded, at the end of <body>. */
async function insertLikeTagManager(page: TestPage, attributes: Record<string, string>, parent: Element = page.document.body) {
  const integrity = (await (await fetch(`${BUNDLE}.sri`)).text()).trim();
  const script = page.document.createElement('script');
  for (const [name, value] of Object.entries({ src: BUNDLE, integrity, crossorigin: 'anonymous', ...attributes })) script.setAttribute(name, value);
  parent.append(script);
}

const PAGE = '<header>Zoekertjes</header><main><div id="listing-notice"></div><ul><li>Listing</li></ul></main><footer>Footer</footer>';

describe('the tag inserted by a tag manager', () => {
  freshPagesEachTest();

  it('still reads its options from its own tag, and an inline banner goes where data-target says', async () => {
    const page = await loadPage(PAGE, { lang: 'fr' });
    await insertLikeTagManager(page, { 'data-variant': 'inline', 'data-target': '#listing-notice', 'data-lang': 'nl', 'data-audience': 'youth' });
    const banner = await bannerOf(page);
    expect(banner.parentElement?.id).to.equal('listing-notice');
    expect(banner.dataset.audience).to.equal('youth');
    expect(banner.shadowRoot!.querySelector('[part~="banner"]')!.getAttribute('lang')).to.equal('nl');
    expect(page.warnings).to.deep.equal([]);
  });

  it('puts an inline banner without data-target after the inserted script, at the end of <body>', async () => {
    const page = await loadPage(PAGE);
    await insertLikeTagManager(page, { 'data-variant': 'inline' });
    const banner = await bannerOf(page);
    expect(banner.previousElementSibling?.tagName).to.equal('SCRIPT');
    expect(page.document.querySelector('footer')!.compareDocumentPosition(banner) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('warns when an inline banner lands in a hidden holder, where it renders at height 0', async () => {
    const page = await loadPage('<main><div id="gtm-holder" hidden></div><ul><li>Listing</li></ul></main>');
    await insertLikeTagManager(page, { 'data-variant': 'inline' }, page.document.getElementById('gtm-holder')!);
    const banner = await bannerOf(page);
    expect(banner.parentElement?.id).to.equal('gtm-holder');
    expect(banner.getBoundingClientRect().height).to.equal(0);
    const warning = await waitFor(() => page.warnings.find((message) => message.includes('no height')));
    expect(warning).to.equal(
      'report-banner: the inline banner has no height, so nobody sees it: div#gtm-holder is hidden or has no size. Place it in a visible element (data-target), or leave out data-variant="inline" for a bar.',
    );
  });

  it('shows a bar instead when data-target is inside a hidden holder, and says so', async () => {
    const page = await loadPage('<main><div id="gtm-holder" hidden><div id="listing-notice"></div></div><ul><li>Listing</li></ul></main>');
    await insertLikeTagManager(page, { 'data-variant': 'inline', 'data-target': '#listing-notice' });
    const banner = await bannerOf(page);
    expect(banner.dataset.variant).to.equal('bar');
    expect(page.document.getElementById('gtm-holder')!.contains(banner)).to.equal(false);
    expect(page.warnings).to.include('report-banner: data-target="#listing-notice" matches a hidden element; the banner is shown as a bar instead.');
    expect(page.warnings.some((message) => message.includes('no height'))).to.equal(false);
  });

  it('gives no such warning when an inline banner becomes a modal before its first frame is drawn', async () => {
    const page = await loadPage(PAGE);
    // Switched as soon as the inline notice is rendered, before the frame that lays it out.
    const switched = new Promise<void>((resolve) => {
      new page.window.MutationObserver((_, watching) => {
        const banner = page.document.querySelector('report-banner');
        if (!banner?.shadowRoot) return;
        watching.disconnect();
        new page.window.MutationObserver((__, rendered) => {
          if (!banner.shadowRoot!.querySelector('[part~="banner"]')) return;
          rendered.disconnect();
          banner.setAttribute('data-variant', 'modal');
          resolve();
        }).observe(banner.shadowRoot, { childList: true, subtree: true });
      }).observe(page.document.body, { childList: true, subtree: true });
    });
    await insertLikeTagManager(page, { 'data-variant': 'inline', 'data-target': '#listing-notice' });
    await switched;
    const banner = await bannerOf(page);
    await banner.updateComplete;
    await new Promise((resolve) => page.window.requestAnimationFrame(() => page.window.requestAnimationFrame(resolve)));
    expect(banner.shadowRoot!.querySelector('dialog')?.open).to.equal(true);
    expect(page.warnings).to.deep.equal([]);
  });

  it('gives no such warning for an inline banner that is seen', async () => {
    const page = await loadPage(PAGE);
    await insertLikeTagManager(page, { 'data-variant': 'inline', 'data-target': '#listing-notice' });
    const banner = await bannerOf(page);
    await new Promise((resolve) => page.window.requestAnimationFrame(() => page.window.requestAnimationFrame(resolve)));
    expect(banner.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(page.warnings).to.deep.equal([]);
  });
});
