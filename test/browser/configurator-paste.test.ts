import { expect } from '@open-wc/testing';
import {
  control,
  dataAttributes,
  elementSnippet,
  freshDemoEachTest,
  parseSnippet,
  previewBanner,
  scriptSnippet,
  type DemoPage,
} from './configurator-page.js';
import { settle } from './helpers.js';

/** Pastes `text` into "Paste your existing tag" and presses its button, as a person would. */
function paste(page: DemoPage, text: string) {
  const area = page.document.getElementById('pasted-tag') as HTMLTextAreaElement;
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  page.document.querySelector<HTMLButtonElement>('#fill-from-tag')!.click();
}

/** The messages beside the paste field, and whether they reach a screen reader. */
function pasteErrors(page: DemoPage) {
  const area = page.document.getElementById('pasted-tag')!;
  const message = page.document.getElementById('pasted-tag-error');
  return {
    lines: [...(message?.querySelectorAll('.error-line') ?? [])].map((line) => line.textContent!),
    invalid: area.getAttribute('aria-invalid') === 'true',
    described: (area.getAttribute('aria-describedby') ?? '').split(' ').includes('pasted-tag-error'),
    visible: message ? message.getBoundingClientRect().height > 0 : false,
  };
}

const producedScript = (page: DemoPage) => parseSnippet(scriptSnippet(page)).querySelector('script')!;

describe('the configurator fills its form from a pasted tag', () => {
  let page: DemoPage;
  freshDemoEachTest((opened) => (page = opened));

  it('reads a script tag: the fields take its options and the tag it makes carries the same ones', async () => {
    const pasted = `<script src="/js/report-banner-0.1.0.js" integrity="sha384-abc" crossorigin="anonymous" defer
      data-lang="fr" data-audience="youth" data-contacts="childfocus,1712,sosviol"
      data-title-nl="Minderjarigen uitbuiten is strafbaar" data-message-fr="Signalez-le.&#10;Appelez le 116 000."></script>`;
    paste(page, pasted);
    expect(control(page, 'data-lang').value).to.equal('fr');
    expect(page.document.querySelector<HTMLInputElement>('[name="data-audience"][value="youth"]')!.checked).to.equal(true);
    expect(control(page, 'data-title-nl').value).to.equal('Minderjarigen uitbuiten is strafbaar');
    expect(control(page, 'data-message-fr').value).to.equal('Signalez-le.\nAppelez le 116 000.');
    expect(control(page, 'src').value).to.equal('/js/report-banner-0.1.0.js');
    const checked = [...page.document.querySelectorAll<HTMLInputElement>('[name="data-contacts"]:checked')].map((box) => box.value);
    expect(checked).to.deep.equal(['childfocus', '1712', 'sosviol']);

    const original = dataAttributes(parseSnippet(pasted).querySelector('script')!);
    expect(dataAttributes(producedScript(page))).to.deep.equal(original);
    expect(producedScript(page).getAttribute('src')).to.equal('/js/report-banner-0.1.0.js');
    expect(pasteErrors(page).lines).to.deep.equal([]);
    expect(page.document.getElementById('paste-status')!.textContent).to.equal('The form holds the options of your tag.');
    const banner = await previewBanner(page, (b) => b.dataset.contacts === 'childfocus,1712,sosviol');
    expect(dataAttributes(banner)).to.deep.equal(original);
  });

  it('reads a hand-placed element, whatever the order of its attributes, and replaces what the form held', async () => {
    paste(page, '<script src="/a.js" data-theme="dark"></script>');
    const pasted = `<report-banner data-position="bottom-left" data-variant="corner" data-dismissible="false"></report-banner>
<script src="/report-banner.js" defer></script>`;
    paste(page, pasted);
    expect(control(page, 'data-position').value).to.equal('bottom-left');
    expect(control(page, 'data-theme').value).to.equal('auto');
    const original = dataAttributes(parseSnippet(pasted).querySelector('report-banner')!);
    expect(dataAttributes(producedScript(page))).to.deep.equal(original);
    expect(dataAttributes(parseSnippet(elementSnippet(page)).querySelector('report-banner')!)).to.deep.equal(original);
  });

  it('names beside the paste field each attribute and value it cannot take, and keeps them out of the tag', async () => {
    paste(
      page,
      `<script src="/rb.js" defer data-lang="fr" data-fallback-lang="de" data-titel-nl="Titel" data-audience="all" data-cfasync="false"
        data-report-url="http://example.be/meld" data-langs="nl,fr,es"></script>`,
    );
    const errors = pasteErrors(page);
    expect(errors.invalid && errors.described && errors.visible, 'marked invalid, described, visible').to.equal(true);
    expect(errors.lines).to.deep.equal([
      'Error: data-titel-nl is not an option; did you mean data-title-nl? The tag below leaves it out.',
      'Error: data-cfasync is not a report-banner option, so the tag below leaves it out; copy it over if your site needs it.',
      'Error: data-fallback-lang has no effect with the other options of this tag, so the tag below leaves it out.',
      'Error: data-langs names es, not one of nl, fr, de, en; the tag below leaves it out.',
      'Error: data-audience="all" is not one of client, witness, youth; the form keeps its default.',
      'Error: data-report-url="http://example.be/meld" would be refused by the banner; the message at its field says why.',
    ]);
    // The refused address also gets its own field's error, as when it is typed.
    expect(page.document.getElementById('report-url-error')!.textContent).to.contain('starts with https://');
    expect(Object.fromEntries(dataAttributes(producedScript(page)))).to.deep.equal({ 'data-lang': 'fr', 'data-langs': 'nl,fr' });

    paste(page, '<script src="/rb.js" data-lang="fr"></script>');
    expect(pasteErrors(page)).to.include({ invalid: false, visible: false });
  });

  it('says so when the text holds no tag', async () => {
    paste(page, 'data-lang="fr"');
    expect(pasteErrors(page).lines[0]).to.contain('Paste a script tag or a report-banner element');
  });

  it('reads a pasted tag without running or loading anything in it', async () => {
    const parentWindow = window as unknown as { __pasteRan?: number };
    paste(
      page,
      `<script src="/rb.js" data-lang="nl" onload="parent.parent.__pasteRan=1"></script><img src="/x.png" onerror="parent.parent.__pasteRan=1"><script>parent.parent.__pasteRan=1</script>`,
    );
    // Give a handler or a script the chance to run anyway.
    await settle(200);
    expect(parentWindow.__pasteRan).to.equal(undefined);
    expect(page.document.querySelectorAll('img').length).to.equal(0);
    expect(page.window.performance.getEntriesByType('resource').map((entry) => entry.name).filter((url) => url.endsWith('/x.png'))).to.deep.equal([]);
    expect(pasteErrors(page).lines).to.deep.equal(['Error: onload is not a report-banner option; the tag below leaves it out.']);
    expect(control(page, 'data-lang').value).to.equal('nl');
  });

  it('names typographic quotes around src, and keeps the address without them', () => {
    paste(page, '<script src=“/js/report-banner.js” defer data-lang="fr"></script>');
    expect(control(page, 'src').value).to.equal('/js/report-banner.js');
    expect(pasteErrors(page).lines).to.deep.equal([
      'Error: src="“/js/report-banner.js”" has typographic quotes (“ ”); HTML needs straight ones ("). The form holds the address without them.',
    ]);
    expect(producedScript(page).getAttribute('src')).to.equal('/js/report-banner.js');
  });
});
