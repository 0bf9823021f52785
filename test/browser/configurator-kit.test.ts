import { expect } from '@open-wc/testing';
import { openDemo, type DemoPage } from './configurator-page.js';
import { waitFor } from './helpers.js';

const sha384 = async (bytes: ArrayBuffer) => `sha384-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))))}`;
const integrityInTag = (page: DemoPage) =>
  (page.document.getElementById('script-tag') as HTMLTextAreaElement).value.match(/integrity="([^"]+)"/)?.[1];

describe('configurator: download and interface language', () => {
  let page: DemoPage;
  beforeEach(async () => {
    page = await openDemo();
  });
  afterEach(() => page.frame.remove());

  it('offers for download the very file whose hash is in the tag, named with its version', async () => {
    const link = page.document.getElementById('download') as HTMLAnchorElement;
    const manifest = await (await fetch('/dist/manifest.json')).json();
    await waitFor(() => link.download === `report-banner-${manifest.version}.js` || null, 5000);
    const bytes = await (await fetch(link.href, { cache: 'no-store' })).arrayBuffer();
    expect(await waitFor(() => integrityInTag(page) ?? null, 5000)).to.equal(await sha384(bytes));
  });

  for (const [language, options, copy] of [
    ['nl', 'Opties', 'Kopieer de scripttag'],
    ['fr', 'Options', 'Copier la balise script'],
  ] as const) {
    it(`shows its own interface in ${language}, and back in English, leaving option names and the tag alone`, async () => {
      const picker = page.document.getElementById('interface-language') as HTMLSelectElement;
      const tag = integrityInTag(page);
      const button = page.document.querySelector('[data-copy="script-tag"]')!;
      picker.value = language;
      picker.dispatchEvent(new Event('change'));
      expect(page.document.documentElement.lang).to.equal(language);
      expect(page.document.getElementById('options-title')!.textContent).to.equal(options);
      expect(button.textContent).to.equal(copy);
      expect(page.document.querySelector('label[for="lang"] code')!.textContent).to.equal('data-lang');
      expect(integrityInTag(page)).to.equal(tag);
      picker.value = 'en';
      picker.dispatchEvent(new Event('change'));
      expect(button.textContent).to.equal('Copy the script tag');
    });
  }
});
