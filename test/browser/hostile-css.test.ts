/**
 * CSS a listing brings (DOMPurify's defaults keep `<style>` and `style=`): `::part()` rules on
 * the bar, the modal and the age check, the documented custom properties abused, and a box at
 * the highest z-index over the bar. Each through the real script tag; each control shows the same
 * CSS does what it was written for on the page's own elements.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { bannerOf, ERROR_RECORDER, errorsOf, freshPagesEachTest, landmarkOf, loadPage, ours, part, scriptTag, settle, shadow, type TestPage, waitFor } from './helpers.js';

/** The banner's light-theme text colour and title size (report-banner.styles.ts). */
const TEXT = 'rgb(26, 31, 43)';

/**
 * A page's own element with the notice's part names in its shadow root, defined by the page:
 * the control that a listing's `::part()` rules are in force.
 */
const PROBE = `<x-probe></x-probe><script>customElements.define('x-probe', class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML =
    '<section part="banner"><h2 part="title">Probe</h2><div part="message">Text</div><ul part="contacts"><li><a part="link" href="#">Link</a></li></ul>' +
    '<button part="more">More</button><button part="minor">Minor</button><div part="languages">NL</div></section>'; }
});</script>`;

/** `rules` for each part, written for both `report-banner` and the page's probe. */
const onParts = (parts: string[], rules: string, after = '') =>
  parts.map((name) => `report-banner::part(${name})${after}, x-probe::part(${name})${after}`).join(', ') + ` { ${rules} }`;

const HIDE =
  'display: none !important; visibility: hidden !important; opacity: 0 !important; clip-path: inset(50%) !important; transform: scale(0) !important; ' +
  'font-size: 0 !important; color: #fff !important; -webkit-text-fill-color: transparent !important; filter: opacity(0) !important; ' +
  'content-visibility: hidden !important; height: 0 !important; overflow: hidden !important; margin-left: -9999px !important; ' +
  'position: absolute !important; text-indent: -9999px !important; zoom: 0.01 !important; letter-spacing: -1em !important; ' +
  'outline: 200vmax solid #fff !important; outline-offset: -100vmax !important; box-shadow: inset 0 0 0 200vmax #fff !important; ' +
  '--_fg: #fff !important; --_accent: #fff !important; --_bg: #1a1f2b !important;';

const probePart = (page: TestPage, name: string) => page.document.querySelector('x-probe')!.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

/** Whether a pointer at the middle of `element` reaches it, with nothing of the page over it. */
function reachable(page: TestPage, banner: Element, element: Element) {
  const box = element.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const hit = shadow(banner).elementFromPoint(x, y);
  return page.document.elementFromPoint(x, y) === banner && hit !== null && element.contains(hit);
}

/** Seen and readable: rendered, opaque, of a real size, inside the viewport, its text at a readable size and colour. */
function readable(page: TestPage, element: HTMLElement, minimumSize = 14) {
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  const viewport = page.document.documentElement;
  return {
    rendered: element.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true }),
    sized: box.width > 20 && box.height > 10,
    inView: box.left >= 0 && box.top >= 0 && box.right <= viewport.clientWidth + 1 && box.bottom <= viewport.clientHeight + 1,
    size: parseFloat(style.fontSize) >= minimumSize,
    untransformed: style.transform === 'none' && style.filter === 'none' && style.clipPath === 'none' && style.opacity === '1',
    ink: style.getPropertyValue('-webkit-text-fill-color') === style.color && style.color !== 'rgba(0, 0, 0, 0)',
    noPseudo: getComputedStyle(element, '::after').content === 'none' && getComputedStyle(element, '::before').content === 'none',
  };
}
const READABLE = { rendered: true, sized: true, inView: true, size: true, untransformed: true, ink: true, noPseudo: true };

describe('hostile listings: CSS in the ad', () => {
  before(() => setViewport({ width: 1400, height: 900 }));
  freshPagesEachTest();

  it('::part() rules that would hide or blank out every part leave the bar seen, readable and working', async () => {
    const parts = ['banner', 'title', 'message', 'contacts', 'link', 'more', 'languages', 'close'];
    const style = `<style>${onParts(parts, HIDE)} ${onParts(['title', 'message'], 'content: "" !important; color: transparent !important', '::first-line')}</style>`;
    const page = await loadPage(`${PROBE}<article>${style}<p>Listing</p></article>${scriptTag('data-lang="en" data-theme="light" data-langs="nl,fr,de,en"')}`, {
      head: ERROR_RECORDER,
    });
    const banner = await bannerOf(page);
    // Control: the same rules hide the page's own parts.
    expect(getComputedStyle(probePart(page, 'banner')).display).to.equal('none');
    expect(getComputedStyle(probePart(page, 'title')).fontSize).to.equal('0px');

    const landmark = landmarkOf(banner)!;
    expect(readable(page, landmark, 16)).to.deep.equal(READABLE);
    expect(landmark.getBoundingClientRect().bottom).to.be.closeTo(page.document.documentElement.clientHeight, 1);
    const title = part(banner, 'title')!;
    expect(readable(page, title, 18)).to.deep.equal(READABLE);
    expect(getComputedStyle(title).color).to.equal(TEXT);
    expect(getComputedStyle(title, '::first-line').color).to.equal(TEXT);
    for (const name of ['message', 'contacts', 'link', 'more', 'languages', 'close']) {
      expect(readable(page, part(banner, name)!), name).to.deep.equal(READABLE);
      expect(reachable(page, banner, part(banner, name)!), name).to.equal(true);
    }
    // Working: it unfolds, every link can be followed, it closes.
    part(banner, 'more')!.click();
    await banner.updateComplete;
    for (const link of shadow(banner).querySelectorAll<HTMLElement>('[part~="link"]')) {
      link.scrollIntoView({ block: 'nearest' });
      expect(readable(page, link), link.textContent!).to.deep.equal(READABLE);
      expect(reachable(page, banner, link), link.textContent!).to.equal(true);
    }
    part(banner, 'close')!.click();
    await banner.updateComplete;
    expect(landmarkOf(banner)).to.equal(null);
    expect(errorsOf(page)).to.deep.equal([]);
  });

  it('the age check keeps its minor’s choice, message and contacts, and its title gains nothing from ::after', async () => {
    const verified = '" (all models verified 18+)"';
    const style =
      `<style>${onParts(['minor', 'message', 'contacts', 'link'], 'display: none !important')} ` +
      `${onParts(['title'], `content: ${verified} !important`, '::after')} ${onParts(['banner'], 'opacity: 0 !important', '::backdrop')}</style>`;
    const page = await loadPage(`${PROBE}<article>${style}</article><button id="page-button">page</button>${scriptTag('data-variant="age-check" data-lang="en"')}`, {
      head: ERROR_RECORDER,
    });
    const banner = await bannerOf(page);
    // Control: the page's own title does get the words, and its choice and message go.
    expect(getComputedStyle(probePart(page, 'title'), '::after').content).to.equal(verified);
    expect(probePart(page, 'minor').checkVisibility()).to.equal(false);

    const dialog = landmarkOf(banner)!;
    expect(dialog.matches(':modal')).to.equal(true);
    expect(getComputedStyle(dialog, '::backdrop').opacity).to.equal('1');
    for (const name of ['title', 'message', 'contacts', 'adult', 'minor']) {
      // The gate scrolls inside on a small screen: each part where a visitor scrolls to it.
      part(banner, name)!.scrollIntoView({ block: 'nearest' });
      expect(readable(page, part(banner, name)!), name).to.deep.equal(READABLE);
    }
    expect(getComputedStyle(part(banner, 'title')!, '::after').content).to.equal('none');
    expect(shadow(banner).querySelectorAll('[part~="link"]').length).to.be.greaterThan(1);
    for (const link of shadow(banner).querySelectorAll<HTMLElement>('[part~="link"]')) expect(link.checkVisibility(), link.textContent!).to.equal(true);
    part(banner, 'minor')!.click();
    await banner.updateComplete;
    // The way out is in view at once, though the question was scrolled to its end.
    await waitFor(() => page.document.activeElement === banner);
    expect(readable(page, part(banner, 'leave')!)).to.deep.equal(READABLE);
    expect(errorsOf(page)).to.deep.equal([]);
  });

  it('a modal hidden by ::part(banner) still shows (never an invisible dialog over a frozen page)', async () => {
    const page = await loadPage(`${PROBE}<article><style>${onParts(['banner', 'acknowledge'], HIDE)}</style></article>${scriptTag('data-variant="modal" data-lang="en"')}`, {
      head: ERROR_RECORDER,
    });
    const banner = await bannerOf(page);
    expect(getComputedStyle(probePart(page, 'banner')).display).to.equal('none');
    const dialog = landmarkOf(banner)!;
    expect(dialog.matches(':modal')).to.equal(true);
    expect(readable(page, dialog, 16)).to.deep.equal(READABLE);
    const box = dialog.getBoundingClientRect();
    // Where the browser puts a modal: in the middle.
    expect(box.left + box.width / 2).to.be.closeTo(page.document.documentElement.clientWidth / 2, 2);
    part(banner, 'acknowledge')!.scrollIntoView({ block: 'nearest' });
    expect(readable(page, part(banner, 'acknowledge')!)).to.deep.equal(READABLE);
    part(banner, 'acknowledge')!.click();
    await banner.updateComplete;
    expect(landmarkOf(banner)).to.equal(null);
  });

  it('on a phone, hiding the “more” button and the links leaves neither hidden', async () => {
    const style = `<style>${onParts(['more', 'link', 'message'], 'display: none !important')}</style>`;
    const page = await loadPage(`${PROBE}<article>${style}</article>${scriptTag('data-lang="en"')}`, { width: 375, height: 667, head: ERROR_RECORDER });
    const banner = await bannerOf(page);
    expect(probePart(page, 'more').checkVisibility()).to.equal(false);
    const links = [...shadow(banner).querySelectorAll<HTMLElement>('[part~="link"]')].filter((link) => link.checkVisibility());
    expect(links.length).to.be.greaterThan(1);
    for (const link of links) expect(reachable(page, banner, link), link.textContent!).to.equal(true);
    expect(readable(page, part(banner, 'more')!)).to.deep.equal(READABLE);
    expect(readable(page, part(banner, 'message')!)).to.deep.equal(READABLE);
    // Still a bar that keeps to 40% of the phone's height folded.
    expect(landmarkOf(banner)!.getBoundingClientRect().height).to.be.lessThan(667 * 0.42);
  });
});

describe('hostile listings: the custom properties abused', () => {
  before(() => setViewport({ width: 1400, height: 900 }));
  freshPagesEachTest();

  /** A page element that reads the properties as the banner would: the control that they are set. */
  const CONTROL = '<p id="control" style="font-size: var(--report-banner-font-size); color: var(--report-banner-color); background: var(--report-banner-background)">control</p>';

  for (const [what, rules] of [
    ['equal text and background colours', '--report-banner-color: #fff; --report-banner-background: #fff; --report-banner-accent: #fff; --report-banner-muted: #fff;'],
    ['equal colours written in oklch()', '--report-banner-color: oklch(0.2 0 0); --report-banner-background: oklch(0.2 0 0);'],
    ['a transparent background and white text', '--report-banner-color: #fff; --report-banner-background: transparent;'],
    ['an accent button with invisible text', '--report-banner-accent-contrast: var(--report-banner-accent, #1f5f99); --report-banner-accent: #1f5f99;'],
  ]) {
    it(`${what}: the theme’s own colours, with a warning`, async () => {
      const page = await loadPage(`<article><style>html { ${rules} }</style>${CONTROL}</article>${scriptTag('data-lang="en" data-theme="light" data-audience="youth"')}`, {
        head: ERROR_RECORDER,
      });
      const banner = await bannerOf(page);
      await settle();
      // Control: the page's own element takes the colours.
      expect(getComputedStyle(page.document.getElementById('control')!).color).not.to.equal(TEXT);
      const landmark = landmarkOf(banner)!;
      expect(getComputedStyle(landmark).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(part(banner, 'title')!).color).to.equal(TEXT);
      expect(getComputedStyle(shadow(banner).querySelector('a')!).color).to.equal('rgb(31, 95, 153)');
      expect(getComputedStyle(part(banner, 'leave')!).color).to.equal('rgb(255, 255, 255)');
      expect(ours(page).join('\n')).to.contain('leave the notice unreadable');
    });
  }

  it('--report-banner-font-size: 0px, --report-banner-max-width: 0, a huge radius and a level of -1 keep the text readable', async () => {
    const rules = '--report-banner-font-size: 0px; --report-banner-max-width: 0px; --report-banner-radius: 9999px; --report-banner-z-index: -1;';
    const page = await loadPage(`<article><style>html { ${rules} }</style>${CONTROL}</article>${scriptTag('data-lang="en" data-variant="corner"')}`, { head: ERROR_RECORDER });
    const banner = await bannerOf(page);
    expect(getComputedStyle(page.document.getElementById('control')!).fontSize).to.equal('0px');
    const landmark = landmarkOf(banner)!;
    expect(getComputedStyle(part(banner, 'title')!).fontSize).to.equal(`${14 * 1.125}px`);
    // A level of -1 changes nothing in the top layer.
    expect(landmark.matches(':popover-open')).to.equal(true);
    expect(reachable(page, banner, part(banner, 'title')!)).to.equal(true);
    expect(parseFloat(getComputedStyle(landmark).borderTopLeftRadius)).to.be.at.most(24);
    expect(shadow(banner).querySelector('.inner')!.getBoundingClientRect().width).to.be.greaterThan(300);
    expect(readable(page, part(banner, 'title')!)).to.deep.equal(READABLE);
  });

  it('an operator’s own colours, size, width and level still apply, with no warning; a ::part() rule changes nothing, the operator’s neither', async () => {
    const rules =
      'report-banner { --report-banner-background: #fdf6e3; --report-banner-color: #222222; --report-banner-accent: #6a1b9a; --report-banner-font-size: 18px; ' +
      '--report-banner-radius: 4px; --report-banner-max-width: 800px; --report-banner-z-index: 2147483600; } ' +
      'report-banner::part(title) { text-transform: uppercase; font-style: italic; }';
    const page = await loadPage(`${scriptTag('data-lang="en" data-theme="light"')}`, { head: `${ERROR_RECORDER}<style>${rules}</style>` });
    const banner = await bannerOf(page);
    await settle();
    const landmark = landmarkOf(banner)!;
    expect(getComputedStyle(landmark).backgroundColor).to.equal('rgb(253, 246, 227)');
    expect(getComputedStyle(landmark).zIndex).to.equal('2147483600');
    const title = getComputedStyle(part(banner, 'title')!);
    expect([title.color, title.fontSize, title.textTransform, title.fontStyle]).to.deep.equal(['rgb(34, 34, 34)', `${18 * 1.125}px`, 'none', 'normal']);
    expect(getComputedStyle(shadow(banner).querySelector('a')!).color).to.equal('rgb(106, 27, 154)');
    expect(shadow(banner).querySelector('.inner')!.getBoundingClientRect().width).to.equal(800);
    expect(ours(page)).to.deep.equal([]);
  });
});

describe('hostile listings: a box from the ad over the bar', () => {
  before(() => setViewport({ width: 1400, height: 900 }));
  freshPagesEachTest();

  /** A red box and a transparent link to the advertiser over the bottom of the page, at the highest z-index, after the banner. */
  const COVER =
    '<div id="box" style="position:fixed;left:0;right:0;bottom:0;height:60vh;z-index:2147483647;background:#c00"></div>' +
    '<a id="trap" href="https://ads.example/" style="position:fixed;inset:0;z-index:2147483647;background:transparent"></a>';
  const FOOTER = '<footer id="footer" style="position:fixed;left:0;right:0;bottom:0;height:40px">page footer</footer>';

  for (const [what, attributes, head] of [
    ['the default level', 'data-lang="en"', ''],
    ['the highest level the operator can give', 'data-lang="en"', '<style>report-banner { --report-banner-z-index: 2147483647; }</style>'],
    ['a corner card', 'data-lang="en" data-variant="corner"', ''],
  ]) {
    it(`covers nothing of the notice at ${what}: every tap on it reaches it`, async () => {
      const page = await loadPage(`<main><p id="listing">Listing</p>${FOOTER}<article>${COVER}</article></main>${scriptTag(attributes)}`, { head: ERROR_RECORDER + head });
      const banner = await bannerOf(page);
      // Control: the box and the link cover the page's own fixed footer.
      const listing = page.document.getElementById('listing')!.getBoundingClientRect();
      expect(page.document.elementFromPoint(listing.left + 5, listing.top + 5)!.id).to.equal('trap');
      const landmark = landmarkOf(banner)!;
      expect(landmark.matches(':popover-open')).to.equal(true);
      for (const element of shadow(banner).querySelectorAll<HTMLElement>('[part~="title"], [part~="link"], [part~="more"], [part~="close"]')) {
        if (element.checkVisibility()) expect(reachable(page, banner, element), element.textContent!).to.equal(true);
      }
      expect(errorsOf(page)).to.deep.equal([]);
    });
  }

  it('keeps its place and size in the top layer, and the page still makes room for it', async () => {
    const page = await loadPage(`<main><p>Listing</p></main>${FOOTER}${scriptTag('data-lang="en" data-make-room')}`, { head: ERROR_RECORDER });
    const banner = await bannerOf(page);
    await waitFor(() => page.document.documentElement.style.getPropertyValue('--report-banner-height'));
    await settle(50);
    const landmark = landmarkOf(banner)!.getBoundingClientRect();
    const viewport = page.document.documentElement;
    expect([landmark.left, landmark.width, Math.round(landmark.bottom)]).to.deep.equal([0, viewport.clientWidth, viewport.clientHeight]);
    expect(parseFloat(page.document.documentElement.style.getPropertyValue('--report-banner-height'))).to.be.closeTo(landmark.height, 1);
    // The footer moved clear above it.
    expect(page.document.getElementById('footer')!.getBoundingClientRect().bottom).to.be.closeTo(landmark.top, 1);
  });

  it('a popover the listing opens later goes under the notice; a modal dialog of the page stays above it', async () => {
    const listing =
      '<button id="opener" popovertarget="ad">photos</button><div id="ad" popover="manual" style="position:fixed;inset:auto 0 0 0;margin:0;width:auto;height:70vh;background:#c00;border:0"></div>';
    const page = await loadPage(`<main>${FOOTER}<article>${listing}</article><dialog id="own">Sign in</dialog></main>${scriptTag('data-lang="en"')}`, {
      head: ERROR_RECORDER,
    });
    const banner = await bannerOf(page);
    const ad = page.document.getElementById('ad')!;
    page.document.getElementById('opener')!.click();
    expect(ad.matches(':popover-open')).to.equal(true);
    // Control: at first the listing's popover is over the notice.
    const title = part(banner, 'title')!;
    expect(reachable(page, banner, title)).to.equal(false);
    await waitFor(() => reachable(page, banner, title));
    // Above the notice the listing's popover still shows.
    const bar = landmarkOf(banner)!.getBoundingClientRect();
    expect(page.document.elementFromPoint(bar.left + 5, bar.top - 20)!.id).to.equal('ad');

    const own = page.document.getElementById('own') as HTMLDialogElement;
    own.showModal();
    await settle(50);
    // The dialog's backdrop lies over the notice, which is inert behind it, as is the page.
    const box = title.getBoundingClientRect();
    expect(page.document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)!.id).to.equal('own');
    own.close();
    expect(reachable(page, banner, title)).to.equal(true);
    expect(landmarkOf(banner)!.matches(':popover-open')).to.equal(true);
    expect(errorsOf(page)).to.deep.equal([]);
  });
});
