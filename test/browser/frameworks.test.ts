import { expect } from '@open-wc/testing';
import de from '../../locales/de.json';
import type { ReportBanner } from '../../src/element/report-banner.js';
import { clearStorage, loadPage, openPage, scriptTag, shadow, textOf, waitFor, type TestPage } from './helpers.js';

// The example apps under examples/, as built by test/build/examples.test.ts (vite, and the
// server-rendered page): each shows its banner and its own handlers receive the banner's events.

// Generous ceilings: a page that loads the ES modules through the test server takes a while on a busy machine.
const LOADED = 15_000;

const bannersOf = async (page: TestPage, count: number) => {
  const banners = await waitFor(() => {
    const found = [...page.document.querySelectorAll('report-banner')];
    return found.length === count && found.every((banner) => banner.shadowRoot?.querySelector('[part~="close"]')) && found;
  }, LOADED);
  return banners as ReportBanner[];
};
const close = (banner: ReportBanner) => shadow(banner).querySelector<HTMLButtonElement>('[part~="close"]')!.click();
const logOf = (page: TestPage, id: string) => page.document.getElementById(id)?.textContent ?? '';
const logged = (page: TestPage, id: string, line: string) => waitFor(() => logOf(page, id).split('\n').includes(line), LOADED);

describe('the example apps', function () {
  this.timeout(60_000);
  beforeEach(clearStorage);

  it('React: the wrapper takes properties and calls onShow and onDismiss; the plain element calls on<event-name>', async () => {
    const page = await openPage('/examples/react-vite/dist/index.html');
    const [wrapped, plain] = await bannersOf(page, 2);
    await logged(page, 'wrapper-log', 'show fr');
    close(wrapped);
    await logged(page, 'wrapper-log', 'dismiss close');
    expect(textOf(plain)).to.contain(de.witness.title);
    close(plain);
    await logged(page, 'element-log', 'dismiss close');
    page.frame.remove();
  });

  it('Vue: @report-banner-show and @report-banner-dismiss reach the component', async () => {
    const page = await openPage('/examples/vue-vite/dist/index.html');
    const [banner] = await bannersOf(page, 1);
    await logged(page, 'vue-log', 'show nl');
    close(banner);
    await logged(page, 'vue-log', 'dismiss close');
    page.frame.remove();
  });

  it('server-rendered HTML: the attributes sent before the element was defined apply, and the page hears its events', async () => {
    const page = await openPage('/examples/server-rendered/dist/index.html');
    const [banner] = await bannersOf(page, 1);
    expect(page.document.querySelectorAll('report-banner')).to.have.length(1);
    expect(shadow(banner).querySelector('[part="title"]')?.textContent).to.equal('Bienvenue');
    await waitFor(() => logOf(page, 'page-log').startsWith('show {"language":"fr"'), LOADED);
    close(banner);
    await waitFor(() => logOf(page, 'page-log').includes('dismiss {"reason":"close"'));
    page.frame.remove();
  });
});

describe('options before and after the element is defined', function () {
  this.timeout(60_000);
  beforeEach(clearStorage);
  const APP_BUNDLE = `<script type="module" src="/dist/esm/define.js"></script>`;

  it('properties set before the definition apply once it is defined (Lit upgrades them)', async () => {
    const page = await loadPage(`<script type="module">
      const banner = document.createElement('report-banner');
      banner.language = 'fr';
      banner.heading = 'Avant';
      banner.dismissible = false;
      document.body.append(banner);
      await import('/dist/esm/define.js');
    </script>`);
    const title = await waitFor(() => page.document.querySelector('report-banner')?.shadowRoot?.querySelector('[part="title"]'), LOADED);
    expect(title.textContent).to.equal('Avant');
    const host = page.document.querySelector('report-banner')!;
    expect(host.shadowRoot!.querySelector('[part~="close"]')).to.equal(null);
    // And after: a property set later still wins over nothing, and updates the banner.
    host.heading = 'Après';
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Après');
    page.frame.remove();
  });

  it('an app bundle registered first: the operator’s script tag still places its banner with its options', async () => {
    const page = await loadPage(`<p>content</p>${APP_BUNDLE}${scriptTag('data-title="Van de tag" data-lang="nl"')}`);
    const title = await waitFor(() => page.document.querySelector('report-banner')?.shadowRoot?.querySelector('[part="title"]'), LOADED);
    expect(title.textContent).to.equal('Van de tag');
    expect(page.document.querySelectorAll('report-banner')).to.have.length(1);
    expect(page.warnings.join('\n')).to.contain('is loaded more than once (script tags or app bundles)');
    page.frame.remove();
  });

  it('an app placed its own banner and the script tag has options: the tag’s banner shows, the app’s nothing', async () => {
    const page = await loadPage(`<report-banner data-lang="de"></report-banner>${APP_BUNDLE}${scriptTag('data-lang="fr"')}`);
    await waitFor(() => page.warnings.some((warning) => warning.includes('<report-banner> in the page not shown')), LOADED);
    // The tag's banner goes first in <body>.
    const [tag, app] = page.document.querySelectorAll('report-banner');
    expect(page.warnings).to.include(
      'report-banner: 1 <report-banner> in the page not shown: the script tag has options of its own (data-lang); remove the element, or move the options onto it.',
    );
    await waitFor(() => tag.shadowRoot?.querySelector('[part~="banner"]'), LOADED);
    expect(tag.shadowRoot!.querySelector('[part~="banner"]')!.getAttribute('lang')).to.equal('fr');
    expect(app.shadowRoot!.querySelector('[part~="banner"]')).to.equal(null);
    page.frame.remove();
  });
});
