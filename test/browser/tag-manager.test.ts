import { expect } from '@open-wc/testing';
import { BUNDLE, bannerOf, clearStorage, loadPage, type TestPage } from './helpers.js';

/** Inserts the tag as a tag manager's Custom HTML does: a new script element, after the page loaded, at the end of <body>. */
async function insertLikeTagManager(page: TestPage, attributes: Record<string, string>) {
  const integrity = (await (await fetch(`${BUNDLE}.sri`)).text()).trim();
  const script = page.document.createElement('script');
  for (const [name, value] of Object.entries({ src: BUNDLE, integrity, crossorigin: 'anonymous', ...attributes })) script.setAttribute(name, value);
  page.document.body.append(script);
}

const PAGE = '<header>Zoekertjes</header><main><div id="listing-notice"></div><ul><li>Listing</li></ul></main><footer>Footer</footer>';

describe('the tag inserted by a tag manager', () => {
  beforeEach(clearStorage);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

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
});
