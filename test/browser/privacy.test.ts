import { expect } from '@open-wc/testing';
import { CONTACTS } from '../../src/notice/contacts.js';
import {
  NETWORK_RECORDER,
  bannerOf,
  freshPagesEachTest,
  landmarkOf,
  loadPage,
  requestsOf,
  scriptTag,
  settle,
  shadow,
  type TestPage,
} from './helpers.js';

/** Everything the page's origin keeps about a visitor, apart from the banner's own key. */
async function jar(page: TestPage) {
  const { window } = page;
  const databases = 'databases' in window.indexedDB ? await window.indexedDB.databases() : [];
  return {
    cookies: window.document.cookie,
    localStorage: Object.keys(window.localStorage).sort(),
    sessionStorage: Object.keys(window.sessionStorage).sort(),
    indexedDB: databases.map((database) => database.name),
    caches: 'caches' in window ? await window.caches.keys() : [],
  };
}

async function useEveryControl(banner: Element) {
  for (const button of shadow(banner).querySelectorAll<HTMLButtonElement>('[part="languages"] button')) {
    button.click();
    await (banner as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  }
}

describe('privacy: nothing about the visitor leaves the page or stays behind', () => {
  freshPagesEachTest();

  it('the network log used below does see requests (control)', async () => {
    const page = await loadPage(`<img src="/package.json" alt=""><script>fetch('/LICENSE')</script>`, {
      head: NETWORK_RECORDER,
    });
    await settle(100);
    const log = requestsOf(page);
    expect(log.some((entry) => entry === 'fetch /LICENSE')).to.equal(true);
    expect(log.some((entry) => entry.startsWith('resource ') && entry.endsWith('/package.json'))).to.equal(true);
  });

  for (const [variant, attributes] of [
    ['bar', 'data-audience="youth" data-theme="dark"'],
    ['corner', ''],
    ['inline', 'data-target="#slot"'],
    ['modal', 'data-contacts="childfocus,1712,emergency"'],
  ]) {
    it(`makes no request, sets no cookie and writes only its one key on a remembered dismissal (${variant})`, async () => {
      const page = await loadPage(`<div id="slot"></div>${scriptTag(`data-variant="${variant}" ${attributes}`)}`, {
        head: NETWORK_RECORDER,
      });
      const before = await jar(page);
      expect(before.cookies).to.equal('');

      const banner = await bannerOf(page);
      expect(landmarkOf(banner)).not.to.equal(null);
      await useEveryControl(banner);
      expect(await jar(page), 'shown and used, not dismissed').to.deep.equal(before);

      shadow(banner).querySelector<HTMLButtonElement>('[part="close"], [part="acknowledge"]')!.click();
      await banner.updateComplete;
      await settle(100);
      const after = await jar(page);
      expect(after.localStorage).to.deep.equal([...before.localStorage, 'report-banner:dismissed:1'].sort());
      expect({ ...after, localStorage: [] }).to.deep.equal({ ...before, localStorage: [] });
      expect(requestsOf(page)).to.deep.equal([]);
    });
  }

  it('writes nothing at all when a dismissal is not remembered (data-remember="0", or hide())', async () => {
    for (const [attributes, dismiss] of [
      ['data-remember="0"', 'click'],
      ['', 'api'],
    ] as const) {
      const page = await loadPage(scriptTag(attributes), { head: NETWORK_RECORDER });
      const before = await jar(page);
      const banner = await bannerOf(page);
      if (dismiss === 'api') await banner.hide();
      else shadow(banner).querySelector<HTMLButtonElement>('[part="close"]')!.click();
      await banner.updateComplete;
      expect(landmarkOf(banner), dismiss).to.equal(null);
      expect(await jar(page), dismiss).to.deep.equal(before);
      expect(requestsOf(page)).to.deep.equal([]);
      page.frame.remove();
    }
  });

  it('opens every web link with rel="noopener noreferrer", so the visited site learns nothing of this page', async () => {
    const every = CONTACTS.map((contact) => contact.id).join(',');
    for (const attributes of [
      `data-contacts="${every}"`,
      `data-contacts="${every}" data-audience="youth" data-report-url="https://report.example.org/form"`,
    ]) {
      const page = await loadPage(scriptTag(attributes));
      const links = [...shadow(await bannerOf(page)).querySelectorAll('a')];
      expect(links.length).to.be.greaterThan(CONTACTS.length);
      for (const link of links) {
        const href = link.getAttribute('href')!;
        if (href.startsWith('tel:')) {
          expect(link.hasAttribute('target'), href).to.equal(false);
          continue;
        }
        expect(href, href).to.match(/^https:\/\//);
        expect(link.target, href).to.equal('_blank');
        expect(link.relList.contains('noopener') && link.relList.contains('noreferrer'), href).to.equal(true);
      }
      page.frame.remove();
    }
  });
});
