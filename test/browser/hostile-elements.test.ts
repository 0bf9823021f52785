/**
 * Listing markup that reaches for the operator's tag: an element that copies the id of its
 * data-target (hidden, earlier in the page), and a <report-banner> of its own (bare, hidden, or
 * bringing addresses). Each through the real script tag, with a control that shows the page's own
 * code is taken in.
 */
import { expect } from '@open-wc/testing';
import { ERROR_RECORDER, errorsOf, freshPagesEachTest, landmarkOf, loadPage, ours, scriptTag, shadow, type TestPage, waitFor } from './helpers.js';

/** Every `<report-banner>` in the page, once the one the tag placed or took has rendered. */
async function bannersOf(page: TestPage) {
  const shown = await waitFor(() => [...page.document.querySelectorAll('report-banner')].find((element) => element.shadowRoot?.querySelector('[part~="banner"]')));
  await shown.updateComplete;
  return [...page.document.querySelectorAll('report-banner')];
}

const visible = (element: Element) => {
  const landmark = landmarkOf(element);
  return landmark !== null && landmark.getBoundingClientRect().height > 50 && landmark.checkVisibility({ opacityProperty: true, visibilityProperty: true });
};

describe('hostile listings: a copied data-target', () => {
  freshPagesEachTest();

  for (const [what, copy] of [
    ['a closed <details>', '<details><summary>photos</summary><div id="slot"></div></details>'],
    ['a hidden div', '<div hidden><div id="slot"></div></div>'],
  ]) {
    it(`an element with the target's id in ${what}, earlier in the page, gets no banner: a bar shows, with a warning`, async () => {
      const page = await loadPage(`<article>${copy}</article><main><div id="slot"></div></main>${scriptTag('data-variant="inline" data-target="#slot" data-lang="en"')}`, {
        head: ERROR_RECORDER,
      });
      // Control: the page's own lookup finds the listing's copy first.
      expect(page.document.querySelector('#slot')!.closest('article')).not.to.equal(null);
      const [banner] = await bannersOf(page);
      expect(banner.closest('article')).to.equal(null);
      expect(visible(banner)).to.equal(true);
      expect(getComputedStyle(landmarkOf(banner)!).position).to.equal('fixed');
      expect(ours(page)).to.include('report-banner: data-target="#slot" matches 2 elements; the banner is shown as a bar instead.');
      expect(errorsOf(page)).to.deep.equal([]);
    });
  }

  it('the only match, hidden, gets no banner either', async () => {
    const page = await loadPage(`<article><div hidden><div id="slot"></div></div></article>${scriptTag('data-variant="inline" data-target="#slot" data-lang="en"')}`);
    // Control: the page's own lookup finds it.
    expect(page.document.querySelector('#slot')).not.to.equal(null);
    const [banner] = await bannersOf(page);
    expect(visible(banner)).to.equal(true);
    expect(ours(page)).to.include('report-banner: data-target="#slot" matches a hidden element; the banner is shown as a bar instead.');
  });

  it('an age check ignores data-target, so a target hidden on phones still gets the gate', async () => {
    const phone = '<style>@media (max-width: 480px) { #slot { display: none } }</style>';
    const page = await loadPage(`${phone}<div id="slot"></div><button id="page-button">page</button>${scriptTag('data-variant="age-check" data-target="#slot" data-lang="en"')}`, {
      head: ERROR_RECORDER,
      width: 375,
      height: 667,
    });
    // Control: at this width the target is not rendered.
    expect(page.document.getElementById('slot')!.checkVisibility()).to.equal(false);
    const [banner] = await bannersOf(page);
    expect(banner.parentElement).to.equal(page.document.body);
    expect(landmarkOf(banner)!.matches(':modal')).to.equal(true);
    expect(visible(banner)).to.equal(true);
    expect(ours(page)).to.include('report-banner: data-target is ignored for an age check, which always covers the page.');
  });
});

describe('hostile listings: a <report-banner> in the listing', () => {
  freshPagesEachTest();

  const GATE = 'data-variant="age-check" data-lang="en"';

  for (const [what, listing] of [
    ['a bare one', '<report-banner></report-banner>'],
    ['one inside <div hidden>', '<div hidden><report-banner></report-banner></div>'],
    ['one with addresses of its own', '<report-banner data-variant="age-check" data-exit-url="https://ads.example/" data-report-url="https://ads.example/report"></report-banner>'],
  ]) {
    it(`${what} neither weakens the operator's age check nor brings its addresses`, async () => {
      const page = await loadPage(`<article>${listing}</article>${scriptTag(GATE)}`, { head: ERROR_RECORDER });
      const banners = await bannersOf(page);
      // Control: the listing's element is a live banner element of the page.
      expect(page.document.querySelector('article report-banner')).to.be.instanceOf(page.window.customElements.get('report-banner')!);
      const shown = banners.filter((element) => landmarkOf(element) !== null);
      expect(shown).to.have.length(1);
      const [gate] = shown;
      expect(gate.closest('article')).to.equal(null);
      expect(landmarkOf(gate)!.matches(':modal')).to.equal(true);
      expect(shadow(gate).querySelector('[part~="minor"]')).not.to.equal(null);
      expect(visible(gate)).to.equal(true);
      // No link, and no exit, to the listing's host anywhere.
      expect(banners.map((element) => element.shadowRoot?.innerHTML ?? '').join()).not.to.contain('ads.example');
      shadow(gate).querySelector<HTMLButtonElement>('[part~="minor"]')!.click();
      await gate.updateComplete;
      expect(shadow(gate).querySelector('[part~="leave"]')).not.to.equal(null);
      expect(ours(page).join('\n')).to.contain('1 <report-banner> in the page not shown: the script tag has options of its own (data-variant, data-lang)');
      expect(errorsOf(page)).to.deep.equal([]);
    });
  }

  it('with a tag without options, a hidden one is not taken: the tag shows its own bar', async () => {
    const page = await loadPage(`<article><div hidden><report-banner data-variant="inline"></report-banner></div></article>${scriptTag('')}`, { head: ERROR_RECORDER });
    const banners = await bannersOf(page);
    expect(page.document.querySelector('article report-banner')).to.be.instanceOf(page.window.customElements.get('report-banner')!);
    const shown = banners.filter((element) => landmarkOf(element) !== null);
    expect(shown).to.have.length(1);
    expect(visible(shown[0])).to.equal(true);
    expect(ours(page).join('\n')).to.contain('with a script tag without options, the one visible element in the page is used');
  });

  it('with a tag without options, the one visible element placed by hand is the banner (as documented)', async () => {
    const page = await loadPage(`<main><report-banner data-variant="inline" data-lang="nl"></report-banner></main>${scriptTag('')}`, { head: ERROR_RECORDER });
    const banners = await bannersOf(page);
    expect(banners).to.have.length(1);
    expect(landmarkOf(banners[0])!.getAttribute('lang')).to.equal('nl');
    expect(ours(page)).to.deep.equal([]);
  });
});
