import { expect } from '@open-wc/testing';
import fr from '../../locales/fr.json';
import { dataAttributes, freshDemoEachTest, parseSnippet, previewBanner, scriptSnippet, setField, type DemoPage } from './configurator-page.js';
import { BUNDLE, landmarkOf, waitFor } from './helpers.js';

const previewFrame = (page: DemoPage) => page.document.getElementById('preview') as HTMLIFrameElement;

/** The preview's document once it has been rendered again and `accept` agrees. */
const previewDocument = (page: DemoPage, accept: (doc: Document) => boolean) =>
  waitFor(() => {
    const doc = previewFrame(page).contentDocument;
    // The mock listing page, not the blank one a frame starts with.
    return doc?.readyState === 'complete' && doc.querySelector('.listings') && accept(doc) ? doc : null;
  }, 5000);

describe('the configurator preview', () => {
  let page: DemoPage;
  freshDemoEachTest((opened) => (page = opened));

  it('shows the page at phone size, 375×667, with the built banner and the options of the tag', async () => {
    setField(page, 'data-lang', 'fr');
    setField(page, 'data-audience', 'true', { option: 'youth' });
    page.document.querySelector<HTMLInputElement>('input[name="preview-size"][value="phone"]')!.click();
    const view = previewFrame(page).contentWindow!;
    await waitFor(() => view.innerWidth === 375 || null);
    expect([view.innerWidth, view.innerHeight]).to.deep.equal([375, 667]);

    const banner = await previewBanner(page, (b) => b.dataset.lang === 'fr' && b.dataset.audience === 'youth');
    const landmark = landmarkOf(banner)!;
    expect(landmark.lang).to.equal('fr');
    expect(landmark.querySelector('[part="title"]')!.textContent).to.equal(fr.youth.title);
    expect(landmark.getBoundingClientRect().right).to.be.at.most(375);
    // What is previewed is what is pasted: the built file, with the produced tag's options.
    const script = banner.ownerDocument.querySelector<HTMLScriptElement>('script[src]')!;
    expect(new URL(script.src).pathname).to.equal(BUNDLE);
    expect(dataAttributes(script)).to.deep.equal(dataAttributes(parseSnippet(scriptSnippet(page)).querySelector('script')!));

    page.document.querySelector<HTMLInputElement>('input[name="preview-size"][value="full"]')!.click();
    await waitFor(() => view.innerWidth > 375 || null);
  });

  it('without reserved room, lets the bar cover the end of the page, as on most real pages', async () => {
    page.document.querySelector<HTMLInputElement>('input[name="preview-size"][value="phone"]')!.click();
    /** At the end of the page: the last listing's box and the bar's. */
    const atEnd = async (doc: Document) => {
      const banner = await previewBanner(page, (b) => b.ownerDocument === doc);
      const view = doc.defaultView!;
      // The bar publishes its height a frame after each layout (its first, the whole notice a frame
      // later, the phone width): wait until the published height is the one the bar has now.
      const landmark = landmarkOf(banner)!;
      await waitFor(() => {
        const published = parseFloat(view.getComputedStyle(doc.documentElement).getPropertyValue('--report-banner-height'));
        const box = landmark.getBoundingClientRect();
        const covers = Math.max(Math.round(box.height), Math.round(doc.documentElement.clientHeight - box.top));
        return published === covers || null;
      });
      view.scrollTo(0, doc.documentElement.scrollHeight);
      const last = doc.querySelector('.listings li:last-child')!.getBoundingClientRect();
      return { last, bar: landmarkOf(banner)!.getBoundingClientRect(), padding: parseFloat(view.getComputedStyle(doc.body).paddingBottom) };
    };

    const room = page.document.getElementById('preview-room') as HTMLInputElement;
    expect(room.checked).to.equal(true);
    const padded = await atEnd(await previewDocument(page, (doc) => !doc.documentElement.classList.contains('room-none')));
    expect(padded.padding).to.be.greaterThan(0);
    expect(padded.last.bottom).to.be.at.most(padded.bar.top);

    room.click();
    const plain = await previewDocument(page, (doc) => doc.documentElement.classList.contains('room-none'));
    const covered = await atEnd(plain);
    expect(covered.padding).to.equal(0);
    expect(covered.last.bottom).to.be.greaterThan(covered.bar.top);
    const hidden = plain.elementFromPoint(covered.last.left + 10, covered.last.bottom - 5);
    expect(hidden?.localName).to.equal('report-banner');
    // The option belongs to the preview only.
    expect(scriptSnippet(page)).not.to.contain('data-');
  });
});
