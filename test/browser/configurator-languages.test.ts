import { expect } from '@open-wc/testing';
import { freshDemoEachTest, previewBanner, setField, type DemoPage } from './configurator-page.js';
import { waitFor } from './helpers.js';

interface InterfaceText {
  node: Text | Element;
  attribute?: string;
  english: string;
}
interface Interface {
  interfaceTexts(root: Node): { texts: InterfaceText[]; untranslated: string[] };
  translation(english: string, language: 'en' | 'nl' | 'fr'): string | undefined;
}
// Loaded by address: the configurator's scripts are plain JavaScript, outside the type check.
const MODULE = '/demo/configurator-i18n.js';
const i18n = (): Promise<Interface> => import(MODULE);

function chooseInterface(page: DemoPage, language: string) {
  const picker = page.document.getElementById('interface-language') as HTMLSelectElement;
  picker.value = language;
  picker.dispatchEvent(new Event('change'));
}

function paste(page: DemoPage, text: string) {
  (page.document.getElementById('pasted-tag') as HTMLTextAreaElement).value = text;
  page.document.querySelector<HTMLButtonElement>('#fill-from-tag')!.click();
}

/** Lets the page's mutation observer translate what its scripts just wrote. */
const settleDom = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * States of the form that bring out the texts its scripts write: every field error, the
 * counters, every pasted-tag problem, the hints of each layout, the status lines.
 */
const STATES: [string, (page: DemoPage) => void | Promise<void>][] = [
  ['as it opens', () => undefined],
  [
    'with every field refused',
    (page) => {
      setField(page, 'data-variant', 'inline');
      setField(page, 'data-target', '##');
      setField(page, 'data-report-url', 'http://example.be');
      setField(page, 'data-accent', 'not a colour');
      setField(page, 'data-revision', 'a b');
      setField(page, 'data-remember', '-1');
      setField(page, 'data-title-nl', 'Eigen titel');
      setField(page, 'data-contacts', 'false', { option: 'childfocus' });
      setField(page, 'src', '/js/banner.js');
    },
  ],
  ['without either expected service', (page) => setField(page, 'data-contacts', 'false', { option: '1712' })],
  ['with the modal layout', (page) => setField(page, 'data-variant', 'modal')],
  [
    'with the age-check entry and its errors',
    (page) => {
      setField(page, 'data-variant', 'age-check');
      setField(page, 'data-exit-url', 'ftp://example.be');
    },
  ],
  [
    'after a pasted tag with every kind of problem',
    (page) =>
      paste(
        page,
        `<script src=“/report-banner.js” type="module" data-check data-langauge="fr" data-gtm-id="1" nonsense
          data-lang="xx" data-langs="nl,es" data-variant="inline" data-position="top" data-title=“Seks data-message='L'exploitation'
          data-dismissible="maybe" data-audience="all"></script>`,
      ),
  ],
  ['after an empty paste', (page) => paste(page, 'nothing to read')],
  [
    'after a copy',
    async (page) => {
      page.document.querySelector<HTMLButtonElement>('[data-copy="script-tag"]')!.click();
      await waitFor(() => page.document.getElementById('copy-status')!.textContent || null);
    },
  ],
];

describe('configurator: every text in Dutch and French', () => {
  let page: DemoPage;
  freshDemoEachTest((opened) => (page = opened));

  it('has a Dutch and a French text for everything it shows, in every state, and shows them', async () => {
    const { interfaceTexts, translation } = await i18n();
    const untranslated = new Set<string>();
    let checked = 0;
    for (const [state, enter] of STATES) {
      await enter(page);
      await settleDom();
      const found = interfaceTexts(page.document.body);
      for (const text of found.untranslated) untranslated.add(text);
      for (const language of ['nl', 'fr'] as const) {
        chooseInterface(page, language);
        await settleDom();
        for (const { node, attribute, english } of found.texts) {
          if (!node.isConnected) continue;
          const shown = attribute ? (node as Element).getAttribute(attribute) : (node as Text).data;
          expect(shown, `${state}, ${language}: ${english}`).to.equal(translation(english, language));
          checked++;
        }
        chooseInterface(page, 'en');
        await settleDom();
      }
    }
    expect([...untranslated]).to.deep.equal([]);
    expect(checked).to.be.greaterThan(400);
  });

  for (const [language, pageLanguage] of [
    ['fr', 'fr-BE'],
    ['nl', 'nl-BE'],
    ['en', 'en'],
  ] as const) {
    it(`shows the preview page in ${pageLanguage} when the interface is in ${language}`, async () => {
      chooseInterface(page, language === 'nl' ? 'fr' : 'nl');
      chooseInterface(page, language);
      const select = page.document.getElementById('page-lang') as HTMLSelectElement;
      expect(select.value).to.equal(pageLanguage);
      const banner = await previewBanner(page, (b) => b.ownerDocument.documentElement.lang === pageLanguage);
      expect(banner.shadowRoot!.querySelector('[part~="banner"]')!.getAttribute('lang')).to.equal(language);
    });
  }

  it('leaves the preview page language alone once chosen by hand', async () => {
    const select = page.document.getElementById('page-lang') as HTMLSelectElement;
    select.value = 'de-BE';
    select.dispatchEvent(new Event('change'));
    chooseInterface(page, 'fr');
    expect(select.value).to.equal('de-BE');
  });
});
