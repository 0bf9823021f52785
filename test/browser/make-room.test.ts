import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ReportBanner } from '../../src/element/report-banner.js';
import { bannerOf, freshPagesEachTest, landmarkOf, loadPage, openPage, shadow, waitFor, type TestPage } from './helpers.js';

/**
 * A page whose own fixed parts sit on the banner's edge: a "call now" bar under the banner's
 * level and a cookie bar above it (demo/host-make-room.html, with no CSS of the README). With
 * `data-make-room` all three stay usable on a phone and a desktop; without it, one warning names
 * the parts.
 */
const frames = (page: TestPage) =>
  new Promise<void>((resolve) => page.window.requestAnimationFrame(() => page.window.requestAnimationFrame(() => resolve())));

/** Why `target` cannot be tapped at its centre, or undefined when it can. */
function blocked(page: TestPage, target: Element, banner?: ReportBanner): string | undefined {
  const box = target.getBoundingClientRect();
  const root = page.document.documentElement;
  if (box.width === 0 || box.height === 0) return 'not rendered';
  if (box.top < 0 || box.bottom > root.clientHeight + 0.5) return `outside the viewport (${Math.round(box.top)}..${Math.round(box.bottom)})`;
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const hit = banner ? shadow(banner).elementFromPoint(x, y) : page.document.elementFromPoint(x, y);
  return hit && target.contains(hit) ? undefined : `covered by ${hit?.outerHTML.slice(0, 50)}`;
}

async function settled(page: TestPage) {
  const banner = await bannerOf(page);
  await waitFor(() => page.document.documentElement.style.getPropertyValue('--report-banner-height') || null);
  await frames(page);
  return banner;
}

describe('the page stays usable beside its own fixed parts', () => {
  before(() => setViewport({ width: 1400, height: 900 }));
  freshPagesEachTest();

  for (const [width, height] of [[375, 667], [1280, 800]]) {
    it(`with data-make-room, at ${width}×${height}: the call bar, the cookie bar and the banner can all be used`, async () => {
      const page = await openPage('/demo/host-make-room.html', { width, height });
      const banner = await settled(page);
      const problems: string[] = [];
      for (const id of ['call-now', 'accept']) {
        const why = blocked(page, page.document.getElementById(id)!);
        if (why) problems.push(`#${id}: ${why}`);
      }
      for (const selector of ['[part~="close"]', '[part~="more"]', 'a[href^="tel:"]']) {
        const target = [...shadow(banner).querySelectorAll(selector)].find((element) => element.getClientRects().length > 0);
        const why = target ? blocked(page, target, banner) : 'not shown';
        if (why) problems.push(`${selector}: ${why}`);
      }
      expect(problems).to.deep.equal([]);
      // The end of the page scrolls into view above the banner.
      page.window.scrollTo(0, page.document.documentElement.scrollHeight);
      await frames(page);
      expect(page.document.getElementById('last')!.getBoundingClientRect().bottom).to.be.at.most(landmarkOf(banner)!.getBoundingClientRect().top + 0.5);
      expect(page.warnings.filter((warning) => warning.includes('fixed'))).to.deep.equal([]);

      // Closed, the page is as it was.
      shadow(banner).querySelector<HTMLButtonElement>('[part~="close"]')!.click();
      await banner.updateComplete;
      await frames(page);
      expect(page.document.querySelector<HTMLElement>('.call-now')!.style.translate).to.equal('');
      expect(page.document.body.style.paddingBottom).to.equal('');
      expect(page.document.getElementById('call-now')!.getBoundingClientRect().bottom).to.be.closeTo(page.document.documentElement.clientHeight - 10, 12);
    });
  }

  it('with data-position="top": the sticky header stays usable', async () => {
    const page = await openPage('/demo/host-make-room.html', { width: 375, height: 667 });
    (await bannerOf(page)).remove();
    const script = page.document.createElement('script');
    script.src = '/dist/report-banner.js';
    script.dataset.makeRoom = '';
    script.dataset.position = 'top';
    const integrity = (await (await fetch('/dist/report-banner.js.sri')).text()).trim();
    script.integrity = integrity;
    page.document.querySelector('script[src$="report-banner.js"]')!.remove();
    page.document.body.append(script);
    // The page's first banner is put back once after its removal (as for a single-page app), and
    // until the new tag's banner is measured the published height is the first one's: wait for
    // the new banner, and for the page's top to be padded by it.
    const banner = await waitFor(() => page.document.querySelector<ReportBanner>('report-banner[data-position="top"]'));
    await banner.updateComplete;
    await waitFor(() => page.document.body.style.getPropertyValue('padding-top') || null);
    await frames(page);
    expect(blocked(page, page.document.getElementById('login')!)).to.equal(undefined);
    page.window.scrollTo(0, 400);
    await frames(page);
    expect(blocked(page, page.document.getElementById('login')!)).to.equal(undefined);
  });

  it('without it, names the fixed parts it sits on in one warning, in the console and in check mode', async () => {
    const markup = `<div class="call-now" style="position:fixed;inset-inline:0;bottom:0;z-index:50;height:48px;background:#0a5"><a href="#call">Bel nu</a></div>
      <div id="cookie-bar" style="position:fixed;inset-inline:16px;bottom:56px;z-index:2147483647;height:48px;background:#222"><button>OK</button></div>
      <main style="height:2000px">Listings</main><script src="/dist/report-banner.js" defer data-check></script>`;
    const page = await loadPage(markup, { width: 375, height: 667 });
    const banner = await settled(page);
    const named = page.warnings.filter((warning) => warning.includes('fixed at the bottom edge'));
    expect(named).to.deep.equal([
      'report-banner: div.call-now, div#cookie-bar are fixed at the bottom edge, where the banner covers them or is covered; add data-make-room to move them clear, or move them by var(--report-banner-height).',
    ]);
    // Unfolding changes the banner's height: still one warning.
    shadow(banner).querySelector<HTMLButtonElement>('[part~="more"]')!.click();
    await banner.updateComplete;
    await frames(page);
    expect(page.warnings.filter((warning) => warning.includes('fixed at the bottom edge'))).to.have.length(1);
    expect(shadow(banner).querySelector('[part~="check"]')!.textContent).to.contain('div.call-now, div#cookie-bar are fixed at the bottom edge');
  });
});
