import { expect } from '@open-wc/testing';
import de from '../../locales/de.json';
import en from '../../locales/en.json';
import fr from '../../locales/fr.json';
import nl from '../../locales/nl.json';
import { bannerOf, freshPagesEachTest, landmarkOf, loadPage, scriptTag, shadow, waitFor } from './helpers.js';

/**
 * `data-audience="client"` through the real script tag: the notice speaks to the visitor of a
 * sex-ad or escort site, in the order, and folded it still gives the call and the help to
 * stop, with the language that help is given in.
 */
const LOCALES = { nl, fr, de, en } as const;
const rendered = (element: Element) => element.getClientRects().length > 0;
const texts = (elements: Iterable<Element>) => [...elements].filter(rendered).map((element) => element.textContent!.trim());

describe('the client notice', () => {
  freshPagesEachTest();

  for (const lang of ['nl', 'fr', 'de', 'en'] as const) {
    it(`${lang}, folded on a 375×667 phone: title, first paragraph, the call and the help to stop; unfolded: the four paragraphs in order`, async () => {
      const page = await loadPage(scriptTag(`data-lang="${lang}" data-audience="client"`), { width: 375, height: 667 });
      const el = await bannerOf(page);
      const { title, message } = LOCALES[lang].client;
      const paragraphs = message.split('\n');
      expect(shadow(el).querySelector('[part="title"]')!.textContent).to.equal(title);
      expect(texts(shadow(el).querySelectorAll('.text p'))).to.deep.equal([paragraphs[0]]);
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a')].filter(rendered);
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['tel:116000', 'https://stopitnow.be/']);
      expect(links[1].textContent).to.contain('Stop it Now!');
      // Stop it Now! is a Dutch-language service: readers of other languages are told, folded too.
      const notes = texts(shadow(el).querySelectorAll('.contact .in'));
      const dutch = LOCALES[lang].languageNames.nl;
      if (lang === 'nl') expect(notes).to.deep.equal([]);
      else expect(notes.some((note) => note.includes(dutch)), notes.join(' | ')).to.equal(true);
      expect(landmarkOf(el)!.getBoundingClientRect().height / 667, 'share of the phone').to.be.at.most(0.42);

      shadow(el).querySelector<HTMLButtonElement>('[part="more"]')!.click();
      await el.updateComplete;
      const shown = texts(shadow(el).querySelectorAll('.text p'));
      expect(shown.slice(0, 4)).to.deep.equal(paragraphs);
      // Then the line for a young person who may be the one advertised, and the emergency numbers.
      expect(shown.slice(4)).to.deep.equal([LOCALES[lang].witness.advertised, LOCALES[lang].witness.danger]);
      const services = [...new Set([...shadow(el).querySelectorAll<HTMLElement>('a[data-contact]')].map((link) => link.dataset.contact))];
      expect(services).to.deep.equal(lang === 'de' ? ['childfocus', 'telefonhilfe', 'stopitnow', '1712'] : ['childfocus', 'stopitnow', '1712']);
    });
  }

  it("keeps the operator's form (data-report-url) for the unfolded notice: folded, the call and the help to stop", async () => {
    const page = await loadPage(scriptTag('data-lang="de" data-audience="client" data-report-url="https://www.listings.example/report"'), {
      width: 375,
      height: 667,
    });
    const el = await bannerOf(page);
    const hrefs = () => [...shadow(el).querySelectorAll('a')].filter(rendered).map((link) => link.getAttribute('href'));
    expect(hrefs()).to.deep.equal(['tel:116000', 'https://stopitnow.be/']);
    expect(landmarkOf(el)!.getBoundingClientRect().height / 667, 'share of the phone').to.be.at.most(0.42);
    shadow(el).querySelector<HTMLButtonElement>('[part="more"]')!.click();
    await el.updateComplete;
    expect(hrefs()).to.include('https://www.listings.example/report');
  });

  it('names its audience in report-banner-show and in check mode, and offers no quick exit', async () => {
    const page = await loadPage(
      `<script>window.__shown=[];document.addEventListener('report-banner-show',(e)=>__shown.push(e.detail.audience))</script>${scriptTag('data-lang="en" data-audience="client" data-check')}`,
    );
    const el = await bannerOf(page);
    // The event follows the first measured size, after the render.
    const { __shown } = page.window as unknown as { __shown: string[] };
    const shown = await waitFor(() => (__shown.length > 0 ? __shown : null));
    expect(shown).to.deep.equal(['client']);
    expect(shadow(el).textContent).to.contain('audience client');
    expect(shadow(el).querySelector('[part="leave"]')).to.equal(null);
    expect(page.warnings.filter((warning) => warning.includes('data-audience'))).to.deep.equal([]);
  });

  it('shows everything at once as a modal or inline notice', async () => {
    for (const variant of ['modal', 'inline']) {
      const page = await loadPage(scriptTag(`data-lang="fr" data-audience="client" data-variant="${variant}"`));
      const el = await bannerOf(page);
      const shown = texts(shadow(el).querySelectorAll('.text p'));
      expect(shown.slice(0, 4), variant).to.deep.equal(fr.client.message.split('\n'));
      expect(texts(shadow(el).querySelectorAll('a[data-contact="stopitnow"]')), variant).to.deep.equal([`Aide pour arrêter\u202f: Stop it Now!`]);
      page.frame.remove();
    }
  });
});
