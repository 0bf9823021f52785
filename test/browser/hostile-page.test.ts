/**
 * Pages that break what the widget relies on, through the real built script tag: every way into
 * the widget is guarded, host CSS cannot reach its internals, odd placements warn.
 */
import { expect } from '@open-wc/testing';
import {
  bannerOf,
  clearStorage,
  ERROR_RECORDER,
  errorsOf,
  freshPagesEachTest,
  landmarkOf,
  loadPage,
  ours,
  scriptTag,
  settle,
  shadow,
  waitFor,
} from './helpers.js';

const closeButton = (banner: Element) => shadow(banner).querySelector<HTMLButtonElement>('[part="close"]')!;

describe('hostile pages: every way into the widget is guarded', () => {
  freshPagesEachTest();

  it('the error recorder sees what the page itself throws (control)', async () => {
    const page = await loadPage(`<script>setTimeout(() => { throw new Error('own') })</script>`, { head: ERROR_RECORDER });
    await settle(50);
    expect(errorsOf(page).join()).to.contain('own');
  });

  it('shows, warning of nothing, and fires no error, when console.warn is undefined and an option is wrong', async () => {
    const page = await loadPage(scriptTag('data-variant="nonsense" data-accent="nonsense"'), {
      head: `${ERROR_RECORDER}<script>console.warn = undefined</script>`,
    });
    const banner = await bannerOf(page);
    expect(landmarkOf(banner)!.classList.contains('bar')).to.equal(true);
    await settle(50);
    expect(errorsOf(page)).to.deep.equal([]);
  });

  for (const [name, breakage, act, warning] of [
    [
      'Date.now throws when the visitor closes it',
      `Date.now = () => { throw new Error('clock') }`,
      async (banner: Element) => closeButton(banner).click(),
      undefined,
    ],
    [
      'the page moves <html> out and back in',
      '',
      async (banner: Element) => {
        const doc = banner.ownerDocument;
        const root = doc.documentElement;
        root.remove();
        doc.append(root);
      },
      undefined,
    ],
    [
      'setting a style property throws while it measures itself',
      `CSSStyleDeclaration.prototype.setProperty = function () { throw new Error('style') }`,
      async () => undefined,
      'report-banner: could not measure itself: Error: style',
    ],
  ] as const) {
    it(`reaches neither window.onerror nor unhandledrejection when ${name}`, async () => {
      const page = await loadPage(scriptTag(), { head: `${ERROR_RECORDER}<script>${breakage}</script>` });
      const banner = await bannerOf(page);
      await settle(50);
      await act(banner);
      await settle(50);
      // Some of these break only once the browser measures the drawn banner, a frame later.
      if (warning) await waitFor(() => ours(page).includes(warning)).catch(() => undefined);
      expect(errorsOf(page)).to.deep.equal([]);
      if (warning) expect(ours(page)).to.include(warning);
    });
  }

  it('warns, and fires no error, when attachShadow throws', async () => {
    const page = await loadPage(scriptTag(), {
      head: `${ERROR_RECORDER}<script>Element.prototype.attachShadow = function () { throw new Error('denied') }</script>`,
    });
    await waitFor(() => page.document.querySelector('report-banner'));
    await settle(50);
    expect(errorsOf(page)).to.deep.equal([]);
    expect(ours(page)).to.include('report-banner: could not attach its shadow root: Error: denied');
  });
});

describe('hostile pages: data-accent values without one colour warn and keep the default', () => {
  freshPagesEachTest();

  for (const value of ['light-dark(#8a1c1c, #ffffff)', 'AccentColor', 'env(safe-area-inset-top, #8a1c1c)', 'attr(data-x type(<color>), #8a1c1c)']) {
    it(`refuses data-accent="${value}"`, async () => {
      const page = await loadPage(scriptTag(`data-accent="${value}" data-theme="light"`));
      const banner = await bannerOf(page);
      expect(ours(page).some((w) => w.startsWith(`report-banner: data-accent=${JSON.stringify(value)} is not valid`))).to.equal(true);
      expect(getComputedStyle(shadow(banner).querySelector('a')!).color).to.equal('rgb(31, 95, 153)');
    });
  }

  it('takes a plain colour (control)', async () => {
    const page = await loadPage(scriptTag('data-accent="#8a1c1c" data-theme="light"'));
    const banner = await bannerOf(page);
    expect(ours(page)).to.deep.equal([]);
    expect(getComputedStyle(shadow(banner).querySelector('a')!).color).to.equal('rgb(138, 28, 28)');
  });
});

describe('hostile pages: host CSS and the page’s own values', () => {
  freshPagesEachTest();

  it('an inherited --_accent-light or --_accent-dark from :root does not reach the banner', async () => {
    const page = await loadPage(`<p id="probe">page</p>${scriptTag('data-theme="light"')}`, {
      head: '<style>:root { --_accent-light: #f4f4f4; --_accent-dark: #f4f4f4 }</style>',
    });
    const banner = await bannerOf(page);
    // Control: the page's own elements do inherit it.
    expect(getComputedStyle(page.document.getElementById('probe')!).getPropertyValue('--_accent-light').trim()).to.equal('#f4f4f4');
    expect(getComputedStyle(shadow(banner).querySelector('a')!).color).to.equal('rgb(31, 95, 153)');
  });

  it('closing a corner card leaves a --report-banner-height the page set itself; a bar removes only its own', async () => {
    const page = await loadPage(scriptTag('data-variant="corner"'));
    page.document.documentElement.style.setProperty('--report-banner-height', '10px');
    const banner = await bannerOf(page);
    await settle(50);
    closeButton(banner).click();
    await banner.updateComplete;
    expect(page.document.documentElement.style.getPropertyValue('--report-banner-height')).to.equal('10px');

    clearStorage();
    const bar = await loadPage(scriptTag());
    const barBanner = await bannerOf(bar);
    await waitFor(() => bar.document.documentElement.style.getPropertyValue('--report-banner-height'));
    closeButton(barBanner).click();
    await barBanner.updateComplete;
    expect(bar.document.documentElement.style.getPropertyValue('--report-banner-height')).to.equal('');
  });
});

describe('hostile pages: one impression per showing', () => {
  freshPagesEachTest();

  it('moving or re-inserting the element fires no second report-banner-show; showing it again after hide() does', async () => {
    const page = await loadPage(`<script>window.__shows = 0; document.addEventListener('report-banner-show', () => __shows++)</script>${scriptTag()}`);
    const banner = await bannerOf(page);
    const shows = () => (page.window as unknown as { __shows: number }).__shows;
    await waitFor(() => shows() === 1);
    banner.remove();
    page.document.querySelector('p, body')!.append(banner);
    await settle(100);
    expect(shows()).to.equal(1);
    // Control: a new showing is a new impression.
    await banner.hide();
    await banner.show();
    await waitFor(() => shows() === 2);
    expect(shows()).to.equal(2);
  });
});

describe('hostile pages: placements that cannot work warn and say what to do', () => {
  freshPagesEachTest();

  it('a type="module" tag shows the banner with its defaults and warns that its options are not read', async () => {
    const page = await loadPage(scriptTag('data-variant="corner"', 'type="module"'), { head: ERROR_RECORDER });
    const banner = await bannerOf(page);
    expect(landmarkOf(banner)!.classList.contains('bar')).to.equal(true);
    expect(ours(page).join()).to.contain('data-* options are not read from a type="module" tag');
    expect(errorsOf(page)).to.deep.equal([]);
  });

  it('a <report-banner> inside <svg> is reported, and the script places a banner of its own', async () => {
    const page = await loadPage(`<svg><report-banner></report-banner></svg>${scriptTag()}`, { head: ERROR_RECORDER });
    const banner = await waitFor(() => page.document.querySelector('body > report-banner'));
    expect(banner).to.be.instanceOf(page.window.HTMLElement);
    expect(ours(page).join()).to.contain('inside <svg> or <math> cannot show');
    expect(errorsOf(page)).to.deep.equal([]);
  });

  it('a frameset page warns that the banner cannot show', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html><head>${ERROR_RECORDER}<script>window.__warnings=[];console.warn=(...a)=>__warnings.push(a.join(' '))</script>${scriptTag('', '')}</head><frameset><frame></frameset></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as unknown as { __warnings: string[]; __errors: string[] };
    await waitFor(() => win.__warnings.length > 0);
    expect(win.__warnings.join()).to.contain('a page without <body> (a frameset) cannot show the banner');
    expect(win.__errors).to.deep.equal([]);
  });
});
