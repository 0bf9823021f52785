import { expect } from '@open-wc/testing';
import { control, freshDemoEachTest, parseSnippet, scriptSnippet, setField, type DemoPage } from './configurator-page.js';

/** The `data-*` attributes of the produced script tag, by name. */
const tagAttributes = (page: DemoPage) => {
  const script = parseSnippet(scriptSnippet(page)).querySelector('script')!;
  return Object.fromEntries([...script.attributes].filter((a) => a.name.startsWith('data-')).map((a) => [a.name, a.value]));
};

/** The error shown for a field, as a person and a screen reader get it. */
function errorOf(page: DemoPage, name: string) {
  const field = control(page, name);
  const message = page.document.getElementById(`${field.id}-error`);
  return {
    text: message?.textContent ?? '',
    invalid: field.getAttribute('aria-invalid') === 'true',
    described: (field.getAttribute('aria-describedby') ?? '').split(' ').includes(`${field.id}-error`),
    visible: message ? message.getBoundingClientRect().height > 0 : false,
  };
}

describe('the configurator checks each field as it is edited', () => {
  let page: DemoPage;
  freshDemoEachTest((opened) => (page = opened));

  it('refuses an http:// report address beside the field and keeps it out of the tag', async () => {
    setField(page, 'data-report-url', 'http://example.be/meld');
    const error = errorOf(page, 'data-report-url');
    expect(error.text).to.equal('Error: Enter a full address that starts with https://, like https://example.be/report');
    expect(error.invalid && error.described && error.visible, 'marked invalid, described, visible').to.equal(true);
    expect(tagAttributes(page)).not.to.have.property('data-report-url');

    setField(page, 'data-report-url', 'https://example.be/meld');
    expect(errorOf(page, 'data-report-url')).to.include({ text: '', invalid: false, visible: false });
    expect(tagAttributes(page)['data-report-url']).to.equal('https://example.be/meld');
  });

  it('refuses what the banner refuses, by the banner\'s own rule: an address with a name before its host', async () => {
    // https:// and a host, but the "name@" hides the real host; the banner would drop it.
    setField(page, 'data-report-url', 'https://www.childfocus.be@evil.example/');
    expect(errorOf(page, 'data-report-url').text).to.equal('Error: Enter a full address that starts with https://, like https://example.be/report');
    expect(tagAttributes(page)).not.to.have.property('data-report-url');
  });

  it('takes the banner\'s limits for its fields', async () => {
    expect((control(page, 'data-message-fr') as HTMLTextAreaElement).maxLength).to.equal(400);
    expect((control(page, 'data-age-title-de') as HTMLInputElement).maxLength).to.equal(400);
    expect((control(page, 'data-remember') as HTMLInputElement).max).to.equal('3650');
  });

  for (const [name, value, error] of [
    ['data-remember', '9999', 'Enter a whole number of days from 0 to 3650'],
    ['data-revision', 'v 2!', 'Use up to 32 letters, digits, dots, underscores or hyphens'],
    ['data-accent', 'no-colour', 'Enter a CSS colour, like #1f5f99 or darkred'],
  ]) {
    it(`refuses ${name}="${value}" beside the field and keeps it out of the tag`, async () => {
      setField(page, name, value);
      expect(errorOf(page, name).text).to.equal(`Error: ${error}`);
      expect(tagAttributes(page)).not.to.have.property(name);
    });
  }

  it('warns beside the contacts when Child Focus or 1712 is left out, and stops when both are back', async () => {
    const warning = () => page.document.getElementById('contacts-warning')!.textContent!;
    expect(warning()).to.equal('');
    setField(page, 'data-contacts', 'false', { option: 'childfocus' });
    expect(warning()).to.contain('Without Child Focus the notice no longer names the services that report-banner check');
    setField(page, 'data-contacts', 'false', { option: '1712' });
    expect(warning()).to.contain('Without Child Focus and 1712');
    setField(page, 'data-contacts', 'true', { option: 'childfocus' });
    setField(page, 'data-contacts', 'true', { option: '1712' });
    expect(warning()).to.equal('');
  });

  it('counts the characters of every text field against the 400 limit', async () => {
    const counter = () => page.document.getElementById('message-fr-count')!;
    expect(counter().textContent).to.equal('0 of 400 characters');
    setField(page, 'data-message-fr', 'Signalez-le.');
    expect(counter().textContent).to.equal('12 of 400 characters');
    expect(control(page, 'data-message-fr').getAttribute('aria-describedby')).to.contain('message-fr-count');
    for (const name of ['data-title', 'data-message', 'data-title-nl', 'data-message-en']) {
      expect(page.document.getElementById(`${control(page, name).id}-count`), name).not.to.equal(null);
    }
  });
});
