import { expect } from '@open-wc/testing';
import { freshDemoEachTest, parseSnippet, previewBanner, scriptSnippet, setField, type DemoPage } from './configurator-page.js';
import { shadow } from './helpers.js';

/** The ticked services, in the order shown. */
const ticked = (page: DemoPage) =>
  [...page.document.querySelectorAll<HTMLInputElement>('#contact-list [name="data-contacts"]:checked')].map((box) => box.value);
const tagContacts = (page: DemoPage) => parseSnippet(scriptSnippet(page)).querySelector('script')!.getAttribute('data-contacts');
const shownContacts = (banner: Element) => [
  ...new Set([...shadow(banner).querySelectorAll<HTMLElement>('a[data-contact]')].map((link) => link.dataset.contact)),
];

describe('the configurator contacts follow the banner default until changed', () => {
  let page: DemoPage;
  freshDemoEachTest((opened) => (page = opened));

  it('ticks the default for the language and audience, and leaves data-contacts out of the tag', async () => {
    expect(ticked(page)).to.deep.equal(['childfocus', '1712']);
    setField(page, 'data-lang', 'fr');
    expect(ticked(page), 'French witnesses').to.deep.equal(['childfocus', '1712']);
    setField(page, 'data-audience', 'true', { option: 'youth' });
    expect(ticked(page), 'French youth').to.deep.equal(['childfocus', '103', '1712', 'emergency']);
    expect(tagContacts(page)).to.equal(null);
    const banner = await previewBanner(page, (b) => b.dataset.audience === 'youth' && b.dataset.lang === 'fr');
    expect(shownContacts(banner)).to.deep.equal(['childfocus', '103', '1712', 'emergency']);

    setField(page, 'data-lang', 'de');
    expect(ticked(page), 'German youth').to.deep.equal(['childfocus', 'telefonhilfe', '1712', 'emergency']);
    // With auto, the language of the page the preview shows.
    setField(page, 'data-lang', 'auto');
    const pageLanguage = page.document.getElementById('page-lang') as HTMLSelectElement;
    pageLanguage.value = 'fr-BE';
    pageLanguage.dispatchEvent(new Event('change'));
    expect(ticked(page), 'youth on a French page').to.deep.equal(['childfocus', '103', '1712', 'emergency']);
    expect(tagContacts(page)).to.equal(null);
  });

  it('puts the contacts into the tag once changed, keeps them, and follows the default again on request', async () => {
    setField(page, 'data-audience', 'true', { option: 'youth' });
    setField(page, 'data-contacts', 'true', { option: 'stopitnow' });
    expect(tagContacts(page)).to.equal('childfocus,1712,103,emergency,stopitnow');
    setField(page, 'data-lang', 'fr');
    expect(ticked(page), 'a choice stays when the language changes').to.deep.equal(['childfocus', '1712', '103', 'emergency', 'stopitnow']);
    expect(tagContacts(page)).to.equal('childfocus,1712,103,emergency,stopitnow');

    const follow = page.document.getElementById('contacts-default') as HTMLButtonElement;
    expect(follow.hidden).to.equal(false);
    follow.click();
    expect(ticked(page)).to.deep.equal(['childfocus', '103', '1712', 'emergency']);
    expect(tagContacts(page)).to.equal(null);
    expect(follow.hidden).to.equal(true);
    expect(page.document.activeElement).to.equal(page.document.querySelector('#contact-list input'));
  });
});
