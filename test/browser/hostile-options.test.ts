/**
 * Option values that look right to whoever reads the tag and are not: an exit address that
 * names one host and leads to another, a title nobody can see, attribute names made to be slow.
 * Each through the real script tag, with a control that shows the value does what it hides.
 */
import { expect } from '@open-wc/testing';
import en from '../../locales/en.json';
import { bannerOf, ERROR_RECORDER, errorsOf, freshPagesEachTest, landmarkOf, loadPage, ours, scriptTag, shadow } from './helpers.js';

describe('hostile options: deceptive exit addresses', () => {
  freshPagesEachTest();

  for (const [address, host, warning] of [
    ['https://www.google.com@evil.example/', 'evil.example', 'use an address without "name@" before its host, which hides the real one (evil.example). Using the default.'],
    ['https://www.g\u043e\u043egle.com/', 'www.xn--ggle-55da.com', 'use the host as www.xn--ggle-55da.com if it is really meant'],
    ['http://localhost:8080/', 'localhost', 'leads to this device itself (localhost), which no visitor can reach.'],
  ]) {
    it(`data-exit-url="${address}" is named in a warning`, async () => {
      const page = await loadPage(scriptTag(`data-variant="age-check" data-lang="en" data-exit-url="${address}"`), { head: ERROR_RECORDER });
      // Control: the browser goes to another host than the one a reader sees (or to none a visitor has).
      expect(new page.window.URL(address).hostname).to.equal(host);
      const banner = await bannerOf(page);
      expect(ours(page).join('\n')).to.contain(warning);
      expect(landmarkOf(banner)!.matches(':modal')).to.equal(true);
      expect(errorsOf(page)).to.deep.equal([]);
    });
  }
});

describe('hostile options: a title nobody can see', () => {
  freshPagesEachTest();

  for (const [what, text] of [
    ['zero-width spaces', '&#x200b;&#x200b;&#x200b;'],
    ['braille blanks', '&#x2800;&#x2800;&#x2800;'],
    ['combining marks', '&#x301;&#x308;&#x332;'],
    ['a direction override', '&#x202e;'],
  ]) {
    it(`a title of ${what} only shows the translation, with a warning`, async () => {
      const page = await loadPage(`<h2 id="probe">${text}</h2>${scriptTag(`data-lang="en" data-title="${text}"`)}`, { head: ERROR_RECORDER });
      // Control: the page's own heading of it has text, and nothing a reader can see.
      const probe = page.document.getElementById('probe')!;
      expect(probe.textContent!.trim()).not.to.equal('');
      expect(probe.innerText.replace(/[\s\u200b\u2800\u202e]/g, '').replace(/\p{M}/gu, '')).to.equal('');
      const banner = await bannerOf(page);
      expect(shadow(banner).querySelector('h2')!.textContent).to.equal(en.witness.title);
      expect(ours(page)).to.deep.equal(['report-banner: data-title has no visible character; showing the translation.']);
    });
  }
});

describe('hostile options: attribute names made to be slow', () => {
  freshPagesEachTest();

  it('a misspelt attribute name of a million characters gets a short warning', async () => {
    const name = `data-title-${'x'.repeat(1_000_000)}`;
    const page = await loadPage(scriptTag(`data-lang="en" ${name}="1"`), { head: ERROR_RECORDER });
    const banner = await bannerOf(page);
    // Control: the tag does carry the name whole.
    expect(page.document.querySelector('script[src]')!.getAttributeNames().some((attribute) => attribute.length > 1_000_000)).to.equal(true);
    expect(landmarkOf(banner)).not.to.equal(null);
    expect(ours(page)).to.have.length(1);
    expect(ours(page)[0]).to.match(/^report-banner: data-title-x+… is not an option; did you mean data-title/);
    expect(ours(page)[0].length).to.be.lessThan(120);
  });

  it('20,000 misspelt attributes get warnings for the first 64 attributes only', async () => {
    const attributes = Array.from({ length: 20_000 }, (_, index) => `data-title-x${index}=""`).join(' ');
    const page = await loadPage(scriptTag(`data-lang="en" ${attributes}`), { head: ERROR_RECORDER });
    const banner = await bannerOf(page);
    // Control: the tag carries every one of them; the element gets its option and the first 64 others.
    expect(page.document.querySelector('script[src]')!.getAttributeNames().length).to.be.greaterThan(20_000);
    expect(banner.getAttributeNames()).to.have.length(65);
    expect(landmarkOf(banner)).not.to.equal(null);
    // The first of the 64 is data-lang.
    expect(ours(page)).to.have.length(63);
    expect(errorsOf(page)).to.deep.equal([]);
  });
});
