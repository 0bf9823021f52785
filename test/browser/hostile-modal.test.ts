/**
 * The modal against hostile or careless pages: it never makes the page inert unless the visitor
 * sees it, keeps focus, cannot be closed when it must not be, and switches variant at run time.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ReportBanner } from '../../src/element/report-banner.js';
import {
  bannerOf,
  clearStorage,
  ERROR_RECORDER,
  errorsOf,
  freshPagesEachTest,
  landmarkOf,
  loadPage,
  ours,
  part,
  scriptTag,
  settle,
  shadow,
  type TestPage,
  waitFor,
} from './helpers.js';

const dialogOf = (element: ReportBanner) => part(element, 'banner') as HTMLDialogElement;

/** Whether the page behind can take focus (it cannot while a modal makes it inert). */
function pageIsUsable(page: TestPage) {
  const button = page.document.getElementById('page-button') as HTMLButtonElement;
  button.focus();
  return page.document.activeElement === button;
}

const PAGE_BUTTON = '<button id="page-button">page</button>';

describe('hostile pages: a modal never freezes the page behind a dialog nobody sees', () => {
  freshPagesEachTest();

  it('a visible modal does make the page inert (control)', async () => {
    const page = await loadPage(`${PAGE_BUTTON}${scriptTag('data-variant="modal"')}`, { head: ERROR_RECORDER });
    const banner = await bannerOf(page);
    expect(dialogOf(banner).matches(':modal')).to.equal(true);
    expect(pageIsUsable(page)).to.equal(false);
  });

  for (const [name, target] of [
    ['a data-target hidden with display: none', '#hidden'],
    ['data-target="head"', 'head'],
  ]) {
    it(`the script tag shows a modal over the whole page, ignoring ${name}, with a warning`, async () => {
      const page = await loadPage(`${PAGE_BUTTON}<div id="hidden" style="display:none"></div>${scriptTag(`data-variant="modal" data-target="${target}"`)}`, {
        head: ERROR_RECORDER,
      });
      const banner = await bannerOf(page);
      expect(banner.parentElement).to.equal(page.document.body);
      const dialog = dialogOf(banner);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(dialog.getBoundingClientRect().height).to.be.greaterThan(100);
      expect(ours(page).join()).to.contain('data-target is ignored for a modal');
      expect(errorsOf(page)).to.deep.equal([]);
    });
  }

  for (const [name, container] of [
    ['a closed <details>', (inner: string) => `<details><summary>more</summary>${inner}</details>`],
    ['a container with display: none', (inner: string) => `<div style="display:none">${inner}</div>`],
  ] as const) {
    it(`a hand-placed modal inside ${name} stays closed, leaves the page usable, and the tag shows its bar`, async () => {
      const page = await loadPage(`${PAGE_BUTTON}${container('<report-banner data-variant="modal"></report-banner>')}${scriptTag()}`, {
        head: ERROR_RECORDER,
      });
      const bar = await waitFor(() => [...page.document.querySelectorAll('report-banner')].find((element) => element.shadowRoot?.querySelector('[part~="banner"]')));
      await settle(50);
      const hidden = page.document.querySelector('details report-banner, div report-banner')!;
      expect(landmarkOf(hidden)).to.equal(null);
      expect(landmarkOf(bar)!.classList.contains('bar')).to.equal(true);
      expect(pageIsUsable(page)).to.equal(true);
      expect(ours(page).join()).to.contain('1 <report-banner> in the page not shown');
      expect(errorsOf(page)).to.deep.equal([]);
    });
  }
});

describe('hostile pages: the modal keeps focus and its rules', () => {
  beforeEach(clearStorage);

  it('Shift+Tab from the freshly opened dialog stays inside', async () => {
    const el = await fixture<ReportBanner>(html`<report-banner data-lang="en" data-variant="modal"></report-banner>`);
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(dialogOf(el));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(dialogOf(el).contains(shadow(el).activeElement)).to.equal(true);
    expect(shadow(el).activeElement).not.to.equal(dialogOf(el));
  });

  it('Escape, twice, from anywhere, never closes a data-dismissible="false" modal', async () => {
    const el = await fixture<ReportBanner>(html`<report-banner data-lang="en" data-variant="modal" data-dismissible="false"></report-banner>`);
    await el.updateComplete;
    let dismissed = 0;
    el.addEventListener('report-banner-dismiss', () => dismissed++);
    // Focus on the body, out of the dialog's own key handling.
    (shadow(el).activeElement as HTMLElement | null)?.blur();
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Escape' });
      await settle(20);
    }
    await el.updateComplete;
    expect(dialogOf(el).open).to.equal(true);
    expect(dialogOf(el).matches(':modal')).to.equal(true);
    expect(el.showing).to.equal(true);
    expect(dismissed).to.equal(0);
    expect(localStorage.getItem('report-banner:dismissed:1')).to.equal(null);
  });

  it('a cross-origin frame behind the modal that takes focus gives it back to the dialog', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const frame = document.createElement('iframe');
    frame.sandbox.add('allow-scripts');
    frame.srcdoc = `<input id="thief"><script>setTimeout(() => { window.focus(); document.getElementById('thief').focus() }, 200)</script>`;
    wrapper.append(frame);
    const el = document.createElement('report-banner');
    Object.assign(el.dataset, { lang: 'en', variant: 'modal' });
    wrapper.append(el);
    await el.updateComplete;
    expect(dialogOf(el).matches(':modal')).to.equal(true);
    await settle(500);
    expect(document.activeElement).to.equal(el);
    expect(dialogOf(el).contains(shadow(el).activeElement)).to.equal(true);
    frame.remove();
  });

  it('a remembered dismissal never hides a data-dismissible="false" notice', async () => {
    localStorage.setItem('report-banner:dismissed:1', String(Date.now() + 86400000));
    const remembered = await fixture<ReportBanner>(html`<report-banner data-lang="en"></report-banner>`);
    // Control: a dismissible one is hidden by it.
    expect(remembered.showing).to.equal(false);
    const locked = await fixture<ReportBanner>(html`<report-banner data-lang="en" data-dismissible="false"></report-banner>`);
    expect(locked.showing).to.equal(true);
    expect(part(locked, 'banner')).not.to.equal(null);
  });
});

describe('hostile pages: switching variant at run time', () => {
  beforeEach(clearStorage);

  it('bar → modal opens the dialog as a modal; modal → bar publishes the bar’s real height', async () => {
    const el = await fixture<ReportBanner>(html`<report-banner data-lang="en"></report-banner>`);
    await el.updateComplete;
    el.variant = 'modal';
    await el.updateComplete;
    expect(el.showing).to.equal(true);
    expect(dialogOf(el).matches(':modal')).to.equal(true);
    el.variant = 'bar';
    await el.updateComplete;
    // The modal's height stays published until the bar's is measured, a frame or two later.
    const published = () => parseInt(document.documentElement.style.getPropertyValue('--report-banner-height'), 10);
    const bar = () => Math.round(part(el, 'banner')!.getBoundingClientRect().height);
    await waitFor(() => published() === bar() || undefined).catch(() => undefined);
    expect(published()).to.equal(bar());
    el.remove();
  });
});

describe('hostile pages: direction and language inside the shadow root', () => {
  freshPagesEachTest();

  it('under <html dir="rtl"> a Dutch banner reads left to right, and no attribute is written on the element', async () => {
    const page = await loadPage(scriptTag('data-lang="nl"'));
    page.document.documentElement.dir = 'rtl';
    const banner = await bannerOf(page);
    const landmark = landmarkOf(banner)!;
    // Control: the page itself is right to left.
    expect(getComputedStyle(page.document.body).direction).to.equal('rtl');
    expect(getComputedStyle(landmark).direction).to.equal('ltr');
    expect(landmark.lang).to.equal('nl');
    expect(banner.getAttributeNames().filter((name) => !name.startsWith('data-'))).to.deep.equal([]);
  });
});

describe('hostile listings: named elements cannot take the focus guard', () => {
  freshPagesEachTest();

  /** Listing markup that shadows the listener methods and the view on `document`. */
  const LISTING = '<img name="addEventListener" alt=""><img name="removeEventListener" alt=""><img name="defaultView" alt="">';
  const clobbered = (page: TestPage) =>
    [page.document.addEventListener, page.document.removeEventListener, page.document.defaultView].map(
      (value) => (value as unknown as Element).constructor.name,
    );

  for (const variant of ['modal', 'age-check']) {
    it(`a ${variant} still takes focus back from a frame behind it`, async () => {
      const thief = `<iframe sandbox="allow-scripts" srcdoc="<input id=thief><script>setTimeout(() => { window.focus(); document.getElementById('thief').focus() }, 300)</script>"></iframe>`;
      const page = await loadPage(`${LISTING}${thief}${scriptTag(`data-variant="${variant}" data-lang="en"`)}`, { head: ERROR_RECORDER });
      // Control: the page's own code finds the listing's elements in place of the browser's methods.
      expect(clobbered(page)).to.deep.equal(['HTMLImageElement', 'HTMLImageElement', 'HTMLImageElement']);
      const banner = await bannerOf(page);
      expect(dialogOf(banner).matches(':modal')).to.equal(true);
      await settle(700);
      expect(page.document.activeElement).to.equal(banner);
      expect(dialogOf(banner).contains(shadow(banner).activeElement)).to.equal(true);
      expect(ours(page)).to.deep.equal([]);
      expect(errorsOf(page)).to.deep.equal([]);
    });
  }

});
