import { expect } from '@open-wc/testing';
import { storageKey } from '../../src/host/storage.js';
import { bannerOf, freshPagesEachTest, landmarkOf, loadPage, openPage, scriptTag, shadow, textOf, waitFor, type TestPage } from './helpers.js';

/** For a page's `head`: records `console.info`, where the banner says why it is hidden. */
const INFO_RECORDER = `<script>window.__infos=[];const i=console.info.bind(console);console.info=(...a)=>{__infos.push(a.join(' '));i(...a)}</script>`;
const infosOf = (page: TestPage) => (page.window as unknown as { __infos: string[] }).__infos;
const ours = (page: TestPage) => page.warnings.filter((warning) => warning.startsWith('report-banner:'));
const titleOf = (banner: Element) => shadow(banner).querySelector('[part="title"]')!.textContent!.trim();

/** Remembers a dismissal of `revision` in this origin's storage, as closing the banner would. */
const rememberClosed = (revision: string) => localStorage.setItem(storageKey(revision), String(Date.now() + 86_400_000));

describe('mistakes made visible', () => {
  freshPagesEachTest();

  it('warns about wording pasted with typographic quotes and shows the translation instead of the fragment', async () => {
    const page = await loadPage(scriptTag('data-lang="nl" data-title=“Seks met minderjarigen is een misdaad” data-message=“Meld het”'));
    const banner = await bannerOf(page);
    expect(titleOf(banner)).not.to.contain('“');
    expect(textOf(banner)).not.to.contain('“Meld');
    const warnings = ours(page);
    expect(warnings.find((w) => w.includes('data-title="“Seks"'))).to.contain('has typographic quotes');
    expect(warnings.find((w) => w.includes('data-message="“Meld"'))).to.contain('HTML needs straight ones');
  });

  it("warns about a French title cut off by an apostrophe in single quotes (title 'L')", async () => {
    const page = await loadPage(scriptTag(`data-lang="fr" data-title='L'exploitation sexuelle est un crime'`));
    const banner = await bannerOf(page);
    expect(titleOf(banner)).not.to.equal('L');
    expect(titleOf(banner).length).to.be.greaterThan(10);
    expect(ours(page).find((w) => w.includes('data-title="L"'))).to.contain('looks cut off');
  });

  it('asks "did you mean" for misspelt options and leaves analytics attributes alone', async () => {
    const page = await loadPage(
      scriptTag(
        'data-language="fr" data-text="Tekst" data-titel-nl="Titel" data-message_fr="Texte" data-contact="1712" ' +
          'data-gtm-id="GTM-1" data-cfasync="false" data-cookieconsent="ignore"',
      ),
    );
    await bannerOf(page);
    const warnings = ours(page);
    for (const [written, meant] of [
      ['data-language', 'data-lang'],
      ['data-text', 'data-message'],
      ['data-titel-nl', 'data-title-nl'],
      ['data-message_fr', 'data-message-fr'],
      ['data-contact', 'data-contacts'],
    ]) {
      expect(warnings, written).to.include(`report-banner: ${written} is not an option; did you mean ${meant}?`);
    }
    expect(warnings.join('\n')).not.to.match(/data-gtm|data-cfasync|data-cookieconsent/);
    expect(warnings).to.have.length(5);
  });

  it('asks "did you mean" about a misspelt attribute on a hand-placed element too', async () => {
    const page = await loadPage(`<report-banner data-lnag="de"></report-banner>${scriptTag()}`);
    await bannerOf(page);
    expect(ours(page)).to.include('report-banner: data-lnag is not an option; did you mean data-lang?');
  });

  it('says that a tag with options shows its own banner, not a hand-placed element, and how to change it', async () => {
    const page = await loadPage(
      `<report-banner data-lang="de"></report-banner>${scriptTag('data-lang="fr" data-audience="youth" data-cfasync="false"')}`,
    );
    // The tag's banner goes first in <body>.
    const [banner, placed] = await waitFor(() => (page.document.querySelectorAll('report-banner').length === 2 ? page.document.querySelectorAll('report-banner') : null));
    await banner.updateComplete;
    expect(shadow(banner).querySelector('[part~="banner"]')!.getAttribute('lang')).to.equal('fr');
    expect(shadow(placed).querySelector('[part~="banner"]')).to.equal(null);
    const warning = ours(page).find((w) => w.includes('<report-banner> in the page not shown'));
    expect(warning).to.contain('the script tag has options of its own (data-lang, data-audience); remove the element, or move the options onto it');
    expect(warning).not.to.contain('data-cfasync');
  });

  it('says nothing when the tag next to a hand-placed element has no options', async () => {
    const page = await loadPage(`<report-banner data-lang="de"></report-banner>${scriptTag()}`);
    await bannerOf(page);
    expect(ours(page)).to.deep.equal([]);
  });

  it('warns with the limit when a text is cut', async () => {
    const page = await loadPage(scriptTag(`data-lang="nl" data-message="${'a'.repeat(450)}"`));
    const banner = await bannerOf(page);
    expect(ours(page)).to.include('report-banner: data-message is 450 characters long; it is cut to 400.');
    expect(shadow(banner).querySelector('[part="message"]')!.textContent!.trim()).to.have.length(400);
  });

  it('shows each line of a message as its own paragraph, as text', async () => {
    const page = await loadPage(scriptTag('data-lang="nl" data-variant="inline" data-target="body" data-message="Eerste alinea.&#10;&#10;Tweede &lt;b&gt;alinea&lt;/b&gt;.&#10;Derde."'));
    const banner = await bannerOf(page);
    const paragraphs = [...shadow(banner).querySelectorAll('[part="message"] p')].map((p) => p.textContent);
    expect(paragraphs).to.deep.equal(['Eerste alinea.', 'Tweede <b>alinea</b>.', 'Derde.']);
    expect(shadow(banner).querySelector('[part="message"] b')).to.equal(null);
    const [first, second] = shadow(banner).querySelectorAll('[part="message"] p');
    expect(second.getBoundingClientRect().top).to.be.greaterThan(first.getBoundingClientRect().bottom);
  });

  it('warns when data-contacts leaves out Child Focus and 1712, and still shows what was asked', async () => {
    const page = await loadPage(scriptTag('data-contacts="103,sosviol"'));
    const banner = await bannerOf(page);
    const warning = ours(page).find((w) => w.includes('data-contacts="103,sosviol"'));
    expect(warning).to.contain('leaves out childfocus and 1712, expected by report-banner check');
    expect(textOf(banner)).to.contain('SOS Viol');
  });

  it('says in one console line why a remembered dismissal hides the notice and how to show it', async () => {
    rememberClosed('7');
    const page = await loadPage(scriptTag('data-revision="7"'), { head: INFO_RECORDER });
    const banner = await bannerOf(page);
    expect(landmarkOf(banner)).to.equal(null);
    const lines = infosOf(page).filter((line) => line.startsWith('report-banner:'));
    expect(lines).to.have.length(1);
    expect(lines[0]).to.contain('hidden, as this browser remembers it was closed (data-revision="7")');
    expect(lines[0]).to.contain('add ?report-banner=show to the address, or call .show() on the element');
    await banner.show();
    expect(landmarkOf(banner)).not.to.equal(null);
  });

  it('shows a remembered notice with ?report-banner=show in the page address', async () => {
    rememberClosed('switch');
    const page = await openPage('/test/browser/pages/address-switches.html?report-banner=show');
    const banner = await bannerOf(page);
    expect(landmarkOf(banner)).not.to.equal(null);
    expect(shadow(banner).querySelector('[part="check"]')).to.equal(null);
  });
});

describe('check mode', () => {
  freshPagesEachTest();

  it('is off by default: no panel', async () => {
    const page = await loadPage(scriptTag('data-lang="klingon"'));
    const banner = await bannerOf(page);
    expect(shadow(banner).querySelector('[part="check"]')).to.equal(null);
  });

  it('with data-check lists the resolved options and every warning inside the banner', async () => {
    const page = await loadPage(scriptTag('data-check data-audience="all" data-language="fr" data-contacts="1712,awel" data-revision="5"'), {
      lang: 'fr-BE',
    });
    const banner = await bannerOf(page);
    const panel = shadow(banner).querySelector<HTMLElement>('[part="check"]')!;
    const items = [...panel.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(items[0]).to.match(/^language fr \(data-lang auto, page fr-BE, browser /);
    expect(items[1]).to.equal('audience witness, layout bar bottom, revision 5');
    expect(items[2]).to.equal('contacts 1712,awel');
    expect(items[3]).to.equal('no dismissal remembered');
    expect(items.slice(4)).to.have.length(3);
    expect(items.join('\n')).to.contain('data-audience="all" is not valid');
    expect(items.join('\n')).to.contain('did you mean data-lang?');
    expect(items.join('\n')).to.contain('leaves out childfocus');
  });

  it("lists the script tag's warnings about data-target beside the element's own", async () => {
    const page = await loadPage(scriptTag('data-check data-variant="inline" data-target="#nowhere" data-lang="nl"'));
    const banner = await bannerOf(page);
    const items = [...shadow(banner).querySelectorAll('[part="check"] li')].map((li) => li.textContent!.trim());
    expect(items).to.include('data-target="#nowhere" matches no element; the banner is shown as a bar instead.');
    expect(ours(page)).to.include('report-banner: data-target="#nowhere" matches no element; the banner is shown as a bar instead.');

    const modal = await loadPage(scriptTag('data-check data-variant="modal" data-target="main" data-lang="nl"'));
    const dialog = await bannerOf(modal);
    const lines = [...shadow(dialog).querySelectorAll('[part="check"] li')].map((li) => li.textContent!.trim());
    expect(lines).to.include('data-target is ignored for a modal, which always covers the page.');
  });

  it('lists in check mode that a hand-placed element is not shown', async () => {
    const page = await loadPage(`<report-banner data-lang="de"></report-banner>${scriptTag('data-check data-lang="fr" data-audience="youth"')}`);
    const banner = await waitFor(() => page.document.querySelectorAll('report-banner')[1] && page.document.querySelectorAll('report-banner')[0]);
    const panel = await waitFor(() => {
      const lines = [...(banner.shadowRoot?.querySelectorAll('[part="check"] li') ?? [])].map((li) => li.textContent!.trim());
      return lines.some((line) => line.includes('<report-banner> in the page not shown')) ? lines : null;
    });
    expect(panel.join('\n')).to.contain('the script tag has options of its own (data-lang, data-audience)');
    expect(ours(page).filter((w) => w.includes('<report-banner> in the page not shown'))).to.have.length(1);
  });

  it('with ?report-banner=check in the address prints the check to the console and leaves a closed notice closed', async () => {
    rememberClosed('switch');
    const page = await openPage('/test/browser/pages/address-switches.html?report-banner=check');
    const check = await waitFor(() => infosOf(page).find((line) => line.startsWith('report-banner check:')));
    const lines = check.split('\n');
    expect(lines[1]).to.match(/^language nl \(data-lang auto, page nl-BE/);
    expect(lines[4]).to.equal('a dismissal remembered');
    // The line before says how to see it.
    expect(infosOf(page)).to.include(
      'report-banner: hidden, as this browser remembers it was closed (data-revision="switch"); add ?report-banner=show to the address, or call .show() on the element, to see it.',
    );
    const banner = await bannerOf(page);
    expect(landmarkOf(banner)).to.equal(null);
    // Control: the operator's own data-check, in the same storage, shows the notice and its panel.
    const tagged = await bannerOf(await loadPage(scriptTag('data-check data-revision="switch"')));
    const panel = [...shadow(tagged).querySelectorAll('[part="check"] li')].map((li) => li.textContent!.trim());
    expect(panel).to.include('a dismissal remembered');
  });

  it('with ?report-banner=check a visitor sees the notice exactly as without it: no panel', async () => {
    const page = await openPage('/test/browser/pages/address-switches.html?report-banner=check');
    const check = await waitFor(() => infosOf(page).find((line) => line.startsWith('report-banner check:')));
    expect(check).to.contain('\nno dismissal remembered');
    const banner = await bannerOf(page);
    expect(shadow(banner).querySelector('[part="check"]')).to.equal(null);
    const plain = await bannerOf(await openPage('/test/browser/pages/address-switches.html'));
    expect(textOf(banner)).to.equal(textOf(plain));
    expect(infosOf(page).filter((line) => line.startsWith('report-banner check:'))).to.have.length(1);
  });

});
