import { expect } from '@open-wc/testing';
import { BUNDLE, bannerOf, freshPagesEachTest, loadPage, scriptTag, type TestPage } from './helpers.js';

/**
 * The default bar must cause no layout shift (CLS 0). Chromium reports shifts as `layout-shift`
 * entries; Firefox has none, so in every browser the host content's boxes are compared too,
 * which is what CLS measures.
 */

// A host page: in-flow content that would move if the banner took space in the document.
const HOST = `<header style="height:60px;background:#eee">Listings</header>
<main><h1>Ads</h1><p>${'Text of an ad. '.repeat(40)}</p>
<div style="height:300px;background:#ddd"></div><ul><li>one</li><li>two</li></ul></main>`;

/** Records layout-shift entries from the page's start, where the browser reports them. */
const SHIFT_RECORDER = `<script>window.__shifts=[];if(PerformanceObserver.supportedEntryTypes.includes('layout-shift')){
window.__shiftObserver=new PerformanceObserver(l=>{for(const e of l.getEntries())if(!e.hadRecentInput)window.__shifts.push(e.value)});
window.__shiftObserver.observe({type:'layout-shift',buffered:true})}</script>`;

type ShiftWindow = Window & { __shifts: number[]; __shiftObserver?: PerformanceObserver };

const SIZES = [
  { width: 1024, height: 768 },
  { width: 375, height: 667 },
];

const supportsLayoutShift = () => PerformanceObserver.supportedEntryTypes.includes('layout-shift');

const frames = (page: TestPage, count = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : page.window.requestAnimationFrame(() => step(left - 1)));
    step(count);
  });

/** Position and size of every host element, the banner excluded. */
function hostBoxes(page: TestPage): string[] {
  return [...page.document.body.querySelectorAll('*')]
    .filter((element) => element.localName !== 'report-banner' && element.localName !== 'script')
    .map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return `${element.localName} ${x},${y} ${width}x${height}`;
    });
}

/** The layout shift the page has seen so far (CLS for a page this short: one session window). */
async function shiftSum(page: TestPage): Promise<number> {
  await frames(page);
  const win = page.window as unknown as ShiftWindow;
  for (const entry of win.__shiftObserver?.takeRecords() ?? []) {
    if (!(entry as PerformanceEntry & { hadRecentInput: boolean }).hadRecentInput) {
      win.__shifts.push((entry as PerformanceEntry & { value: number }).value);
    }
  }
  return win.__shifts.reduce((sum, value) => sum + value, 0);
}

/** Adds the script tag after the host page has painted: the worst case for a shift. */
async function injectScript(page: TestPage) {
  const script = page.document.createElement('script');
  script.src = BUNDLE;
  page.document.body.append(script);
  await bannerOf(page);
  await frames(page);
}

describe('layout shift caused by the default bar', () => {
  freshPagesEachTest();

  for (const size of SIZES) {
    it(`leaves the host content where it was (deferred tag, ${size.width}x${size.height})`, async () => {
      const without = await loadPage(HOST, size);
      await frames(without);
      const before = hostBoxes(without);
      without.frame.remove();

      const page = await loadPage(HOST + scriptTag(), size);
      await bannerOf(page);
      await frames(page);
      expect(page.document.querySelector('report-banner')).to.exist;
      expect(hostBoxes(page)).to.deep.equal(before);
    });

    it(`leaves the host content where it was (tag added after first paint, ${size.width}x${size.height})`, async () => {
      const page = await loadPage(HOST, size);
      await frames(page);
      const before = hostBoxes(page);
      await injectScript(page);
      expect(page.document.querySelector('report-banner')).to.exist;
      expect(hostBoxes(page)).to.deep.equal(before);
    });
  }

  it('reports CLS 0 where the browser measures layout shift, and no such entries elsewhere', async () => {
    // Chromium must keep measuring: a silent loss of the API would turn the check into a no-op.
    if (navigator.userAgent.includes('Chrome/')) expect(supportsLayoutShift()).to.equal(true);
    if (!supportsLayoutShift()) {
      // Firefox: nothing to observe; the box comparisons above are the proof there.
      expect(PerformanceObserver.supportedEntryTypes).not.to.include('layout-shift');
      return;
    }
    for (const size of SIZES) {
      const deferred = await loadPage(HOST + scriptTag(), { ...size, head: SHIFT_RECORDER });
      await bannerOf(deferred);
      expect(await shiftSum(deferred), `deferred ${size.width}`).to.equal(0);

      const late = await loadPage(HOST, { ...size, head: SHIFT_RECORDER });
      await frames(late);
      await injectScript(late);
      expect(await shiftSum(late), `after paint ${size.width}`).to.equal(0);
    }
  });

  it('would see a shift if there were one (the recorder works in this page)', async () => {
    if (!supportsLayoutShift()) {
      expect(navigator.userAgent).not.to.include('Chrome/');
      return;
    }
    const page = await loadPage(HOST, { head: SHIFT_RECORDER });
    await frames(page);
    const block = page.document.createElement('div');
    block.style.height = '120px';
    page.document.body.prepend(block);
    expect(await shiftSum(page)).to.be.greaterThan(0);
  });
});
