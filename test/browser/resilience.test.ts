import { expect } from '@open-wc/testing';
import {
  bannerOf,
  BUNDLE,
  ERROR_RECORDER,
  errorsOf,
  freshPagesEachTest,
  landmarkOf,
  loadPage,
  ours,
  scriptTag,
  settle,
  shadow,
  type TestPage,
  waitFor,
} from './helpers.js';

const bannersIn = (page: TestPage) => page.document.querySelectorAll('report-banner');

async function closeBanner(page: TestPage) {
  const banner = await bannerOf(page);
  shadow(banner).querySelector<HTMLButtonElement>('button[part="close"]')!.click();
  await banner.updateComplete;
}

describe('resilience: the host page never breaks and the notice still shows', () => {
  freshPagesEachTest();

  describe('storage that throws', () => {
    for (const [name, breakStorage] of [
      [
        'localStorage itself throws (private mode, blocked storage)',
        `Object.defineProperty(window,'localStorage',{configurable:true,get(){throw new DOMException('denied','SecurityError')}})`,
      ],
      [
        'every read and write throws (full quota)',
        `Storage.prototype.getItem=Storage.prototype.setItem=function(){throw new DOMException('full','QuotaExceededError')}`,
      ],
    ]) {
      it(`shows and closes when ${name}`, async () => {
        const page = await loadPage(scriptTag(), { head: `${ERROR_RECORDER}<script>${breakStorage}</script>` });
        const banner = await bannerOf(page);
        expect(landmarkOf(banner)).not.to.equal(null);
        await closeBanner(page);
        expect(landmarkOf(banner)).to.equal(null);
        expect(errorsOf(page)).to.deep.equal([]);
        expect(ours(page)).to.deep.equal([]);
      });
    }

    it('shows and closes when every use of localStorage throws (a broken wrapper the page installed)', async () => {
      const broken = `const fail=()=>{throw new Error('broken storage')};Object.defineProperty(window,'localStorage',{configurable:true,get:()=>new Proxy({},{get:fail,has:fail,ownKeys:fail})})`;
      const page = await loadPage(scriptTag(), { head: `${ERROR_RECORDER}<script>${broken}</script>` });
      // Control: the page's own code cannot read anything from it.
      expect(() => page.window.localStorage.length).to.throw('broken storage');
      const banner = await bannerOf(page);
      expect(landmarkOf(banner)).not.to.equal(null);
      await closeBanner(page);
      expect(landmarkOf(banner)).to.equal(null);
      expect(errorsOf(page)).to.deep.equal([]);
      expect(ours(page)).to.deep.equal([]);
    });

    it('reads none of an origin’s 22,000 keys, and still remembers a dismissal', async () => {
      const FILLER = 22000;
      for (let index = 0; index < FILLER; index++) localStorage.setItem(`filler:${index}`, '1');
      try {
        // Every key read by anyone on the page is counted.
        const count = `<script>window.__keyReads=0;const k=Storage.prototype.key;Storage.prototype.key=function(i){__keyReads++;return k.call(this,i)}</script>`;
        const page = await loadPage(scriptTag(), { head: `${ERROR_RECORDER}${count}` });
        // Control: the origin does hold them, and reading one is counted.
        expect(page.window.localStorage.length).to.be.at.least(FILLER);
        page.window.localStorage.key(0);
        const reads = () => (page.window as unknown as { __keyReads: number }).__keyReads;
        expect(reads()).to.equal(1);
        await closeBanner(page);
        expect(reads()).to.equal(1);
        expect(Number(page.window.localStorage.getItem('report-banner:dismissed:1'))).to.be.greaterThan(Date.now());
        expect(errorsOf(page)).to.deep.equal([]);
      } finally {
        for (let index = 0; index < FILLER; index++) localStorage.removeItem(`filler:${index}`);
      }
    });

    it('shows in a sandboxed iframe, where storage is denied by the browser', async () => {
      const frame = document.createElement('iframe');
      frame.sandbox.add('allow-scripts');
      // An opaque origin: the page reports back by message what it saw.
      frame.srcdoc = `<!doctype html><html lang="en"><head>${ERROR_RECORDER}<script>
        let storage = 'readable';
        try { localStorage.length } catch (e) { storage = e.name }
        document.addEventListener('report-banner-show', () => setTimeout(() => {
          const banner = document.querySelector('report-banner');
          parent.postMessage({ storage, text: banner.shadowRoot.textContent, errors: __errors }, '*');
        }));
      </script></head><body>${scriptTag()}</body></html>`;
      const report = new Promise<{ storage: string; text: string; errors: string[] }>((resolve) =>
        addEventListener('message', function listen(event) {
          if (event.source !== frame.contentWindow) return;
          removeEventListener('message', listen);
          resolve(event.data);
        }),
      );
      document.body.append(frame);
      const { storage, text, errors } = await report;
      expect(storage).to.equal('SecurityError');
      expect(text).to.contain('Child Focus');
      expect(errors).to.deep.equal([]);
    });
  });

  describe('a single-page app that rewrites the page', () => {
    it('puts the banner back, once, when the app replaces document.body', async () => {
      const page = await loadPage(`<main>old</main>${scriptTag()}`, { head: ERROR_RECORDER });
      const banner = await bannerOf(page);
      const body = page.document.createElement('body');
      body.innerHTML = '<main>new view</main>';
      page.document.body = body;
      await settle();
      expect(bannersIn(page)).to.have.length(1);
      expect(page.document.body.firstElementChild).to.equal(banner);
      expect(landmarkOf(banner)).not.to.equal(null);
      expect(errorsOf(page)).to.deep.equal([]);
      expect(ours(page)).to.deep.equal([]);
    });

    it("puts it back once, not twice: a second removal is the page's own choice", async () => {
      const page = await loadPage(`<main>old</main>${scriptTag()}`, { head: ERROR_RECORDER });
      const banner = await bannerOf(page);
      banner.remove();
      await settle();
      expect(bannersIn(page)).to.have.length(1);
      expect(page.document.body.firstElementChild).to.equal(banner);
      page.document.body.innerHTML = '<main>next view</main>';
      await settle();
      expect(bannersIn(page)).to.have.length(0);
      expect(errorsOf(page)).to.deep.equal([]);
    });

    it('puts an inline banner back into the re-rendered data-target', async () => {
      const page = await loadPage(`<div id="app"><aside id="slot"></aside></div>${scriptTag('data-target="#slot" data-variant="inline"')}`);
      const banner = await bannerOf(page);
      page.document.getElementById('app')!.innerHTML = '<aside id="slot"></aside>';
      await settle();
      expect(bannersIn(page)).to.have.length(1);
      expect(banner.parentElement?.id).to.equal('slot');
      expect(banner.parentElement?.isConnected).to.equal(true);
    });

    it('shows an inline banner whose place the app removed as a bar, and says why', async () => {
      const page = await loadPage(`<div id="app"><p>view</p>${scriptTag('data-variant="inline"')}</div>`);
      const banner = await bannerOf(page);
      expect(banner.previousElementSibling?.localName).to.equal('script');
      page.document.getElementById('app')!.innerHTML = '<p>next view</p>';
      await settle();
      await banner.updateComplete;
      expect(bannersIn(page)).to.have.length(1);
      expect(page.document.body.firstElementChild === banner, 'first in body').to.equal(true);
      expect(banner.dataset.variant).to.equal('bar');
      expect(page.warnings.join('\n')).to.contain('the page removed the script tag an inline banner stood after');
      expect(page.warnings.join('\n')).not.to.contain('needs data-target');
    });

    it('does not loop with a page that removes it whenever it appears', async () => {
      const page = await loadPage(scriptTag(), { head: ERROR_RECORDER });
      await bannerOf(page);
      const win = page.window as unknown as { added: number };
      win.added = 0;
      // A hostile page: whatever puts the banner in, it takes it out straight away.
      new page.window.MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) if (node.nodeName === 'REPORT-BANNER') win.added++;
        page.document.querySelector('report-banner')?.remove();
      }).observe(page.document.body, { childList: true });
      page.document.querySelector('report-banner')!.remove();
      await settle(50);
      expect(win.added, 'put back exactly once').to.equal(1);
      expect(bannersIn(page)).to.have.length(0);
      expect(errorsOf(page)).to.deep.equal([]);
    });

    it('does not watch at all when a dismissal is remembered from an earlier visit', async () => {
      let page = await loadPage(scriptTag());
      await closeBanner(page);
      page.frame.remove();
      page = await loadPage(scriptTag());
      const banner = await bannerOf(page);
      expect(banner.showing).to.equal(false);
      await settle();
      page.document.body.innerHTML = '';
      await settle();
      expect(bannersIn(page), 'nothing showed, so nothing is put back').to.have.length(0);
    });

    it('stops watching once the visitor dismissed it, but not when a listener cancelled the dismissal', async () => {
      for (const cancel of [true, false]) {
        const page = await loadPage(
          `<script>document.addEventListener('report-banner-dismiss',e=>{if(${cancel})e.preventDefault()})</script>${scriptTag()}`,
        );
        await closeBanner(page);
        await settle();
        page.document.body.innerHTML = '';
        await settle();
        expect(bannersIn(page), cancel ? 'cancelled: still watched' : 'dismissed: the page may remove it').to.have.length(
          cancel ? 1 : 0,
        );
        page.frame.remove();
      }
    });
  });

  describe('other copies and other owners of the name', () => {
    it('shows one banner and names both versions when two versions are on one page', async () => {
      const source = await (await fetch(BUNDLE)).text();
      // An older build of the same script: the same bundle carrying another version number.
      const older = source.split('"0.1.0"');
      expect(older, 'the bundle states its version once').to.have.length(2);
      const url = URL.createObjectURL(new Blob([older.join('"0.0.9"')], { type: 'text/javascript' }));
      const page = await loadPage(`<script src="${url}" defer></script>${scriptTag()}`, { head: ERROR_RECORDER });
      const banner = await bannerOf(page);
      await settle(50);
      URL.revokeObjectURL(url);
      expect(bannersIn(page)).to.have.length(1);
      expect(landmarkOf(banner)).not.to.equal(null);
      expect(ours(page)).to.deep.equal([
        "report-banner: versions 0.0.9 and 0.1.0 are both on this page; <report-banner> is 0.0.9's, which was first.",
      ]);
      expect(errorsOf(page)).to.deep.equal([]);
    });

    it('does not crash, and warns, when another script already defined <report-banner>', async () => {
      const page = await loadPage(scriptTag(), {
        head: `${ERROR_RECORDER}<script>customElements.define('report-banner', class extends HTMLElement {})</script>`,
      });
      await waitFor(() => ours(page).length > 0);
      await settle(50);
      expect(ours(page)).to.deep.equal([
        'report-banner: <report-banner> is already defined by another script; this one does nothing.',
      ]);
      expect(bannersIn(page)).to.have.length(0);
      expect(errorsOf(page)).to.deep.equal([]);
    });
  });

  describe('an exception inside the widget', () => {
    it('String() throws on a value made with Object.create(null) (control)', () => {
      expect(() => String(Object.create(null))).to.throw(TypeError);
    });

    for (const [name, breakage, attributes, stillShows] of [
      ['while it lays out (a broken ResizeObserver polyfill)', `window.ResizeObserver=class{constructor(){throw new Error('broken polyfill')}}`, '', true],
      ['while it reads its options (a broken CSS.supports)', `CSS.supports=()=>{throw new Error('broken polyfill')}`, 'data-accent="#c00"', false],
      // A thrown value with no way to be a string: String() itself throws on it (control below).
      ['that cannot be made a string', `window.ResizeObserver=class{constructor(){throw Object.create(null)}}`, '', true],
    ] as const) {
      it(`is caught and reported with one warning, never reaching window.onerror: ${name}`, async () => {
        const page = await loadPage(scriptTag(attributes), { head: `${ERROR_RECORDER}<script>${breakage}</script>` });
        await waitFor(() => ours(page).length > 0);
        await settle(50);
        expect(ours(page)).to.have.length(1);
        expect(ours(page)[0]).to.contain(name.startsWith('that') ? 'could not' : 'broken polyfill');
        expect(errorsOf(page)).to.deep.equal([]);
        const banner = page.document.querySelector('report-banner')!;
        expect(landmarkOf(banner) !== null, 'banner shown').to.equal(stillShows);
      });
    }
  });
});
