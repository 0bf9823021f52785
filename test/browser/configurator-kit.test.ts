import { expect } from '@open-wc/testing';
import { freshDemoEachTest, openDemo, previewBanner, scriptSnippet, setField, sha384, type DemoPage } from './configurator-page.js';
import { waitFor } from './helpers.js';

const integrityInTag = (page: DemoPage) =>
  (page.document.getElementById('script-tag') as HTMLTextAreaElement).value.match(/integrity="([^"]+)"/)?.[1];

describe('configurator: download and interface language', () => {
  let page: DemoPage;
  freshDemoEachTest((opened) => (page = opened));

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

  it('names the downloaded file in the tag, and says so under the address when they differ', async () => {
    const { version } = await (await fetch('/dist/manifest.json')).json();
    const file = `report-banner-${version}.js`;
    const hint = page.document.getElementById('src-hint')!;
    const download = page.document.getElementById('download') as HTMLAnchorElement;
    // The tag and the download link are both set once the release's manifest has been read.
    await waitFor(() => (scriptSnippet(page).startsWith(`<script src="/${file}"`) && download.download !== '') || null, 5000);
    expect(download.download).to.equal(file);
    expect(hint.textContent).to.contain(file);
    setField(page, 'src', '/js/report-banner.js');
    expect(hint.textContent).to.equal(`The file you download is called ${file}, but this address ends in report-banner.js: upload it under that name, or change the address.`);
    expect(page.document.getElementById('hosting-note')!.textContent).not.to.contain('dist/');
  });
});

describe('configurator: the preview while editing', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('stays whole in view at 1280×800 beside every field of the form', async () => {
    const page = await openDemo('index.html', { width: 1280, height: 800 });
    const preview = page.document.getElementById('preview')!;
    const fields = [...page.document.querySelectorAll<HTMLElement>('#options [name]')];
    expect(fields.length).to.be.greaterThan(40);
    for (const field of [fields[0], ...fields.filter((_, i) => i % 10 === 0), fields[fields.length - 1]]) {
      field.scrollIntoView({ block: 'center' });
      const box = preview.getBoundingClientRect();
      expect(box.top, field.getAttribute('name')!).to.be.at.least(0);
      expect(box.bottom, field.getAttribute('name')!).to.be.at.most(page.window.innerHeight);
      expect(box.height).to.be.greaterThan(300);
    }
  });
});

describe('configurator: wording for one language', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('offers to show only that language, and the banner then has nothing to warn about', async () => {
    const page = await openDemo();
    const offer = page.document.getElementById('wording-offer')!;
    expect(offer.textContent).to.equal('');
    setField(page, 'data-title-fr', 'Exploiter un mineur est puni par la loi');
    expect(offer.textContent).to.contain('Only French has your wording');
    offer.querySelector('button')!.click();
    expect(offer.textContent).to.equal('');
    const tag = scriptSnippet(page);
    expect(tag).to.contain('data-lang="fr"');
    expect(tag).to.contain('data-langs="fr"');
    const banner = await previewBanner(page, (b) => b.dataset.langs === 'fr');
    expect(banner.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('Exploiter un mineur est puni par la loi');
    // Wording is checked as the options are resolved, before the first render shown above.
    expect(page.document.getElementById('warnings')!.textContent).to.equal('');
  });
});
