import { expect } from '@open-wc/testing';
import { bannerOf, freshPagesEachTest, landmarkOf, loadPage, reload, scriptTag, shadow, textOf, waitFor } from './helpers.js';

describe('the one script tag', () => {
  freshPagesEachTest();

  it('shows the banner as the first child of <body>, in an open shadow root, in the page language', async () => {
    const page = await loadPage(`<main><h1>Annonces</h1></main>${scriptTag()}`, { lang: 'fr-BE' });
    const banner = await bannerOf(page);
    expect(page.document.body.firstElementChild).to.equal(banner);
    expect(banner.shadowRoot?.mode).to.equal('open');
    expect(landmarkOf(banner)!.lang).to.equal('fr');
    expect(textOf(banner)).to.contain('Exploitation sexuelle de mineurs');
    expect(page.warnings).to.deep.equal([]);
  });

  it('copies its data-* attributes onto the banner it creates', async () => {
    const page = await loadPage(scriptTag('data-lang="nl" data-audience="youth" data-position="top"'), { lang: 'en' });
    const banner = await bannerOf(page);
    expect(banner.dataset.audience).to.equal('youth');
    expect(landmarkOf(banner)!.lang).to.equal('nl');
    expect(textOf(banner)).to.contain('Het is niet jouw schuld');
    const box = shadow(banner).querySelector('[part~="banner"]')!.getBoundingClientRect();
    expect(box.top).to.equal(0);
  });

  it('sits on the bottom edge by default', async () => {
    const page = await loadPage(scriptTag(), { height: 700 });
    const banner = await bannerOf(page);
    const box = shadow(banner).querySelector('[part~="banner"]')!.getBoundingClientRect();
    expect(Math.round(box.bottom)).to.equal(700);
  });

  for (const [name, tags] of [
    ['twice with defer', scriptTag() + scriptTag()],
    ['in <head> without defer and again with defer', null],
    ['async twice', scriptTag('', 'async') + scriptTag('', 'async')],
  ] as const) {
    it(`mounts exactly once when included ${name}`, async () => {
      const page =
        tags === null
          ? await loadPage(`<p>content</p>${scriptTag()}`, { head: scriptTag('', '') })
          : await loadPage(`<p>content</p>${tags}`);
      await bannerOf(page);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(page.document.querySelectorAll('report-banner').length).to.equal(1);
      expect(page.warnings.join('\n')).to.contain('0.1.0 is loaded more than once (script tags or app bundles)');
    });
  }

  it('with no options of its own, uses a hand-placed <report-banner> and its attributes instead of adding one', async () => {
    const page = await loadPage(
      `<div id="slot"><report-banner data-lang="de" data-variant="inline"></report-banner></div>${scriptTag()}`,
    );
    const banner = await bannerOf(page);
    expect(page.document.querySelectorAll('report-banner').length).to.equal(1);
    expect(banner.parentElement?.id).to.equal('slot');
    expect(landmarkOf(banner)!.lang).to.equal('de');
  });

  it('links to Child Focus (116 000, the reporting point, the site) and 1712 in every language', async () => {
    for (const lang of ['nl', 'fr', 'de', 'en']) {
      const page = await loadPage(scriptTag(`data-lang="${lang}"`));
      const banner = await bannerOf(page);
      const hrefs = [...shadow(banner).querySelectorAll('a')].map((a) => a.getAttribute('href'));
      // German readers also get the German-language line (tel:108, its site) between the two.
      expect(hrefs.filter((href) => !href!.includes('108') && !href!.includes('telefonhilfe')), lang).to.deep.equal([
        'tel:116000',
        'https://www.stopchildporno.be/',
        'https://childfocus.be/',
        'tel:1712',
        'https://1712.be/',
      ]);
      const phone = shadow(banner).querySelector('a[href="tel:116000"]')!.textContent!;
      expect(phone, lang).to.contain('Child Focus');
      expect(phone, lang).to.contain('116\u00a0000');
      page.frame.remove();
    }
  });

  it('closes with an accessible button, remembers it per revision, and shows again for a new revision', async () => {
    let page = await loadPage(scriptTag('data-revision="7"'));
    let banner = await bannerOf(page);
    const close = shadow(banner).querySelector<HTMLButtonElement>('button[part="close"]')!;
    expect(close.getAttribute('aria-label')).to.equal('Close this notice');
    close.click();
    await banner.updateComplete;
    expect(shadow(banner).querySelector('[part~="banner"]')).to.equal(null);
    const stored = Object.keys(page.window.localStorage).filter((key) => key.startsWith('report-banner:'));
    expect(stored).to.deep.equal(['report-banner:dismissed:7']);

    page = await reload(page);
    banner = await bannerOf(page);
    expect(shadow(banner).querySelector('[part~="banner"]')).to.equal(null);

    page.frame.remove();
    page = await loadPage(scriptTag('data-revision="8"'));
    banner = await bannerOf(page);
    expect(shadow(banner).querySelector('[part~="banner"]')).not.to.equal(null);
  });

  it('remembers nothing with data-remember="0", and has no close button with data-dismissible="false"', async () => {
    let page = await loadPage(scriptTag('data-remember="0"'));
    let banner = await bannerOf(page);
    shadow(banner).querySelector<HTMLButtonElement>('button[part="close"]')!.click();
    await banner.updateComplete;
    expect(Object.keys(page.window.localStorage).filter((key) => key.startsWith('report-banner:'))).to.deep.equal([]);
    page.frame.remove();

    page = await loadPage(scriptTag('data-dismissible="false"'));
    banner = await bannerOf(page);
    expect(shadow(banner).querySelector('button[part="close"]')).to.equal(null);
    expect(shadow(banner).querySelector('[part~="banner"]')).not.to.equal(null);
  });

  it('fires report-banner-show, and a cancelable report-banner-dismiss that bubbles out of the shadow root', async () => {
    const page = await loadPage(
      `<script>window.events=[];for(const n of ['report-banner-show','report-banner-dismiss'])document.addEventListener(n,e=>{events.push([e.type,e.bubbles,e.composed,e.cancelable,JSON.stringify(e.detail)]);if(e.type==='report-banner-dismiss'&&!window.allow)e.preventDefault()})</script>${scriptTag()}`,
    );
    const banner = await bannerOf(page);
    const events = (page.window as unknown as { events: unknown[][] }).events;
    await waitFor(() => events.length > 0);
    expect(events[0].slice(0, 3)).to.deep.equal(['report-banner-show', true, true]);
    expect(JSON.parse(events[0][4] as string)).to.include({ language: 'en', audience: 'witness', variant: 'bar' });

    const close = shadow(banner).querySelector<HTMLButtonElement>('button[part="close"]')!;
    close.click();
    await banner.updateComplete;
    expect(events[1].slice(0, 4)).to.deep.equal(['report-banner-dismiss', true, true, true]);
    expect(JSON.parse(events[1][4] as string)).to.deep.equal({ reason: 'close', rememberDays: 30 });
    expect(shadow(banner).querySelector('[part~="banner"]'), 'prevented: stays open').not.to.equal(null);

    (page.window as unknown as { allow: boolean }).allow = true;
    close.click();
    await banner.updateComplete;
    expect(shadow(banner).querySelector('[part~="banner"]')).to.equal(null);
  });

  it('warns once about a bad value, naming attribute, value and what is allowed, and still shows', async () => {
    const page = await loadPage(scriptTag('data-remember="soon" data-lang="klingon" data-audience="all"'));
    const banner = await bannerOf(page);
    expect(shadow(banner).querySelector('[part~="banner"]')).not.to.equal(null);
    const warnings = page.warnings.filter((w) => w.startsWith('report-banner:'));
    expect(warnings).to.have.length(3);
    expect(warnings.find((w) => w.includes('data-remember="soon"'))).to.contain('whole number of days');
    expect(warnings.find((w) => w.includes('data-lang="klingon"'))).to.contain('"nl", "fr", "de", "en"');
    expect(warnings.find((w) => w.includes('data-audience="all"'))).to.contain('"witness", "youth"');
  });

  it('renders NGO wording as text, never as markup, per language when asked', async () => {
    const page = await loadPage(
      scriptTag(
        `data-lang="nl" data-title="&lt;img src=x onerror=&quot;window.hacked=1&quot;&gt;Eigen titel" data-message-fr="Texte de l'ONG"`,
      ),
    );
    const banner = await bannerOf(page);
    const title = shadow(banner).querySelector('[part="title"]')!;
    expect(title.textContent).to.equal('<img src=x onerror="window.hacked=1">Eigen titel');
    expect(title.querySelector('img')).to.equal(null);
    expect((page.window as unknown as { hacked?: number }).hacked).to.equal(undefined);
    // data-message-fr does not touch the Dutch banner.
    expect(textOf(banner)).to.contain('Wordt hier iemand jonger dan 18 aangeboden?');
  });
});
