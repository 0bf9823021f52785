import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import en from '../../locales/en.json';
import type { ReportBanner } from '../../src/element/report-banner.js';
import {
  control,
  dataAttributes,
  elementSnippet,
  openDemo,
  parseSnippet,
  previewBanner,
  scriptSnippet,
  setField,
  sha384,
  type DemoPage,
} from './configurator-page.js';
import { BUNDLE, bannerOf, clearStorage, loadPage, part, shadow, textOf, waitFor } from './helpers.js';

/** The banner speaks its language on its landmark, inside the shadow root. */
const landmarkLang = (banner: Element | null | undefined) => (banner ? part(banner, 'banner')?.lang : undefined);
const contactOrder = (banner: Element) => [
  ...new Set([...shadow(banner).querySelectorAll<HTMLElement>('a[data-contact]')].map((link) => link.dataset.contact)),
];

/** The one `<script>` a snippet holds, after checking that it is exactly one element and nothing else. */
function onlyScript(snippet: string): HTMLScriptElement {
  const parsed = parseSnippet(snippet);
  expect(parsed.head.childNodes.length, 'nothing moves into <head>').to.equal(0);
  expect([...parsed.body.childNodes].map((node) => node.nodeName)).to.deep.equal(['SCRIPT']);
  const script = parsed.body.firstElementChild as HTMLScriptElement;
  expect(script.text, 'the script carries no inline code').to.equal('');
  return script;
}

async function builtBundle() {
  const response = await fetch(BUNDLE, { cache: 'no-store' });
  return response.arrayBuffer();
}

type Step = [name: string, value: string, option?: string];
interface FieldCase {
  title: string;
  steps: Step[];
  /** Every `data-*` attribute the tag must carry afterwards (and no other). */
  attributes: [string, string][];
  /** What the preview must show; the banner's attributes are checked for every case. */
  shows?: (banner: ReportBanner, page: DemoPage) => unknown;
}

const CASES: FieldCase[] = [
  { title: 'language', steps: [['data-lang', 'fr']], attributes: [['data-lang', 'fr']], shows: (b) => part(b, 'banner')?.lang === 'fr' },
  { title: 'fallback language', steps: [['data-fallback-lang', 'de']], attributes: [['data-fallback-lang', 'de']] },
  {
    title: 'languages offered',
    steps: [['data-langs', 'false', 'de']],
    attributes: [['data-langs', 'nl,fr,en']],
    shows: (b) => part(b, 'languages')?.querySelectorAll('button').length === 3,
  },
  {
    title: 'no language switch',
    steps: ['nl', 'fr', 'de', 'en'].map((lang): Step => ['data-langs', 'false', lang]),
    attributes: [['data-langs', '']],
    shows: (b) => part(b, 'languages') === null,
  },
  {
    title: 'audience',
    steps: [['data-audience', 'true', 'youth']],
    attributes: [['data-audience', 'youth']],
    // The preview's page language follows the interface, English here.
    shows: (b) => part(b, 'title')?.textContent === en.youth.title,
  },
  { title: 'layout', steps: [['data-variant', 'corner']], attributes: [['data-variant', 'corner']], shows: (b) => part(b, 'banner')?.classList.contains('corner') },
  { title: 'modal layout', steps: [['data-variant', 'modal']], attributes: [['data-variant', 'modal']], shows: (b) => part(b, 'banner')?.localName === 'dialog' },
  { title: 'age-check layout', steps: [['data-variant', 'age-check']], attributes: [['data-variant', 'age-check']], shows: (b) => part(b, 'minor') !== null },
  { title: 'bar position', steps: [['data-position', 'top']], attributes: [['data-position', 'top']], shows: (b) => part(b, 'banner')?.classList.contains('top') },
  {
    title: 'corner position',
    steps: [['data-variant', 'corner'], ['data-position', 'bottom-left']],
    attributes: [['data-variant', 'corner'], ['data-position', 'bottom-left']],
    shows: (b) => part(b, 'banner')?.classList.contains('bottom-left'),
  },
  {
    title: 'target',
    steps: [['data-variant', 'inline'], ['data-target', 'main']],
    attributes: [['data-variant', 'inline'], ['data-target', 'main']],
    shows: (b) => b.parentElement?.localName === 'main',
  },
  { title: 'dismissible', steps: [['data-dismissible', 'false']], attributes: [['data-dismissible', 'false']], shows: (b) => part(b, 'close') === null },
  { title: 'remember', steps: [['data-remember', '0']], attributes: [['data-remember', '0']] },
  { title: 'revision', steps: [['data-revision', '2026-12']], attributes: [['data-revision', '2026-12']] },
  {
    title: 'contacts',
    steps: [['data-contacts', 'true', 'awel']],
    attributes: [['data-contacts', 'childfocus,1712,awel']],
    shows: (b) => contactOrder(b).join() === 'childfocus,1712,awel',
  },
  {
    title: 'report URL',
    steps: [['data-report-url', 'https://meld.example/form']],
    attributes: [['data-report-url', 'https://meld.example/form']],
    shows: (b) =>
      shadow(b).querySelector('a.custom')?.getAttribute('href') === 'https://meld.example/form' &&
      shadow(b).querySelector('a.report:not(.custom)')?.getAttribute('href') === 'https://www.stopchildporno.be/',
  },
  { title: 'theme', steps: [['data-theme', 'dark']], attributes: [['data-theme', 'dark']], shows: (b) => part(b, 'banner')?.classList.contains('dark') },
  {
    title: 'accent',
    steps: [['data-accent', '#a4286a']],
    attributes: [['data-accent', '#a4286a']],
    shows: (b) => getComputedStyle(part(b, 'banner')!).borderTopColor === 'rgb(164, 40, 106)',
  },
  {
    title: 'refused value (its error shows beside the field; the tag leaves it out)',
    steps: [['data-accent', 'no-colour']],
    attributes: [],
    shows: (_b, page) => page.document.getElementById('accent-error')!.textContent!.includes('Enter a CSS colour'),
  },
  // Generic wording is shown only in the language data-lang names.
  {
    title: 'title',
    steps: [['data-lang', 'nl'], ['data-title', 'Eigen titel']],
    attributes: [['data-lang', 'nl'], ['data-title', 'Eigen titel']],
    shows: (b) => part(b, 'title')?.textContent === 'Eigen titel',
  },
  {
    title: 'message',
    steps: [['data-lang', 'nl'], ['data-message', 'Eigen tekst']],
    attributes: [['data-lang', 'nl'], ['data-message', 'Eigen tekst']],
    shows: (b) => part(b, 'message')?.textContent === 'Eigen tekst',
  },
  ...['nl', 'fr', 'de', 'en'].flatMap((lang): FieldCase[] => [
    { title: `title in ${lang}`, steps: [[`data-title-${lang}`, `T ${lang}`]], attributes: [[`data-title-${lang}`, `T ${lang}`]] },
    { title: `message in ${lang}`, steps: [[`data-message-${lang}`, `M ${lang}`]], attributes: [[`data-message-${lang}`, `M ${lang}`]] },
    { title: `second title in ${lang}`, steps: [[`data-title-b-${lang}`, `B ${lang}`]], attributes: [[`data-title-b-${lang}`, `B ${lang}`]] },
    { title: `second message in ${lang}`, steps: [[`data-message-b-${lang}`, `MB ${lang}`]], attributes: [[`data-message-b-${lang}`, `MB ${lang}`]] },
  ]),
  {
    title: 'analytics',
    steps: [
      ['data-analytics', 'true', 'matomo'],
      ['data-analytics', 'true', 'datalayer'],
    ],
    attributes: [['data-analytics', 'matomo,datalayer']],
  },
];

describe('the configurator', () => {
  let page: DemoPage;
  before(async () => {
    clearStorage();
    page = await openDemo();
  });
  after(() => page.frame.remove());
  afterEach(() => {
    clearStorage();
    for (const frame of document.querySelectorAll('iframe')) if (frame !== page.frame) frame.remove();
  });

  /** Back to the defaults through the form's own reset button. */
  async function reset() {
    page.document.querySelector<HTMLButtonElement>('#options button[type="reset"]')!.click();
    await waitFor(() => !scriptSnippet(page).includes('data-'));
  }

  it('has a labelled field for every option of the README table and of custom-elements.json', async () => {
    const readme = await (await fetch('/README.md')).text();
    const table = readme.slice(readme.indexOf('## Options'), readme.indexOf('\n## ', readme.indexOf('## Options') + 1));
    const fromReadme = [...table.matchAll(/^\| (.+?) \|/gm)].flatMap(([, cell]) => cell.match(/data-[a-z]+(?:-[a-z]+)*/g) ?? []);
    // The test server serves JSON as a module; the file is written by the build, so it is not imported statically.
    const manifestUrl = '/custom-elements.json';
    const { default: manifest } = (await import(manifestUrl)) as { default: { modules: unknown[] } };
    const fromManifest = (manifest.modules as { declarations?: { attributes?: { name: string }[] }[] }[]).flatMap((module) =>
      (module.declarations ?? []).flatMap((declaration) => (declaration.attributes ?? []).map((attribute) => attribute.name)),
    );
    expect(fromReadme).to.include.members(['data-lang', 'data-target', 'data-title-nl']);
    expect(fromManifest.length).to.be.greaterThan(20);
    for (const name of new Set([...fromReadme, ...fromManifest])) {
      const fields = page.document.querySelectorAll<HTMLInputElement>(`#options [name="${name}"]`);
      expect(fields.length, name).to.be.greaterThan(0);
      for (const field of fields) expect(field.labels?.[0]?.textContent?.trim(), name).to.not.be.empty;
    }
    for (const field of page.document.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
      expect((field.labels?.length ?? 0) > 0 || field.hasAttribute('aria-label'), field.outerHTML).to.equal(true);
    }
  });

  it('shows the wording of each language right after the language fields, with nothing to unfold', async () => {
    const sections = [...page.document.querySelectorAll('#options > fieldset')];
    const language = sections.findIndex((section) => section.querySelector('[name="data-lang"]'));
    expect(sections.findIndex((section) => section.querySelector('[name="data-title-nl"]'))).to.equal(language + 1);
    for (const [lang, name] of [['nl', 'Dutch'], ['fr', 'French'], ['de', 'German'], ['en', 'English']]) {
      for (const kind of ['title', 'message']) {
        const field = control(page, `data-${kind}-${lang}`);
        expect(field.closest('details'), field.name).to.equal(null);
        expect(field.getBoundingClientRect().height, field.name).to.be.greaterThan(0);
        expect(field.closest('fieldset')!.querySelector('legend')!.textContent, field.name).to.contain(name);
        expect(field.lang).to.equal(lang);
      }
    }
  });

  it('starts with the bare tag: defaults are left out, the hash of the built file is in', async () => {
    const integrity = await sha384(await builtBundle());
    const { version } = await (await fetch('/dist/manifest.json')).json();
    // The address names the file the Download link saves.
    expect(scriptSnippet(page)).to.equal(
      `<script src="/report-banner-${version}.js" defer\n  integrity="${integrity}"\n  crossorigin="anonymous"></script>`,
    );
    expect(page.document.getElementById('build-status')!.textContent).to.equal('');
    const banner = await previewBanner(page);
    expect(dataAttributes(banner)).to.deep.equal([]);
  });

  for (const { title, steps, attributes, shows } of CASES) {
    it(`puts the ${title} into the tag, the element and the preview`, async () => {
      await reset();
      for (const [name, value, option] of steps) setField(page, name, value, { option });
      const expected = [...attributes].sort(([a], [b]) => a.localeCompare(b));
      expect(dataAttributes(onlyScript(scriptSnippet(page)))).to.deep.equal(expected);
      const element = parseSnippet(elementSnippet(page)).querySelector('report-banner')!;
      expect(dataAttributes(element)).to.deep.equal(expected.filter(([name]) => name !== 'data-target'));
      const banner = await previewBanner(page, (b) => JSON.stringify(dataAttributes(b)) === JSON.stringify(expected));
      if (shows) await waitFor(() => shows(banner, page), 2000);
    });
  }

  it('orders contacts with the move buttons, keeping the keyboard focus on the moved one', async () => {
    await reset();
    const button = page.document.querySelector<HTMLButtonElement>('button[aria-label="Move 1712 up"]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => scriptSnippet(page).includes('data-contacts="1712,childfocus"'));
    expect(page.document.activeElement).to.equal(button);
    const banner = await previewBanner(page, (b) => b.dataset.contacts === '1712,childfocus');
    expect(contactOrder(banner)).to.deep.equal(['1712', 'childfocus']);
  });

  it('keeps the options in the address, so a link opens the same configuration', async () => {
    await reset();
    setField(page, 'data-variant', 'corner');
    setField(page, 'data-position', 'bottom-left');
    const copy = await openDemo(`index.html${page.window.location.hash}`);
    try {
      expect(scriptSnippet(copy)).to.equal(scriptSnippet(page));
      expect(control(copy, 'data-position').value).to.equal('bottom-left');
    } finally {
      copy.frame.remove();
    }
  });

  it('copies the exact tag with the copy button', async () => {
    await reset();
    setField(page, 'data-lang', 'de');
    const copied: string[] = [];
    Object.defineProperty(page.window.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    page.document.querySelector<HTMLButtonElement>('button[data-copy="script-tag"]')!.click();
    await waitFor(() => page.document.getElementById('copy-status')!.textContent === 'Copied.');
    expect(copied).to.deep.equal([scriptSnippet(page)]);
  });

  it('gives a tag that, pasted into an empty page, shows the same banner as the preview', async () => {
    await reset();
    // The new user's case: a French corner card with their own accent and wording.
    setField(page, 'data-lang', 'fr');
    setField(page, 'data-variant', 'corner');
    // Light only: in the dark theme this accent is too dark and the banner would warn and lighten it.
    setField(page, 'data-theme', 'light');
    setField(page, 'data-accent', '#a4286a');
    setField(page, 'data-title', 'Exploiter des mineurs est un crime');
    setField(page, 'data-message-fr', 'Signalez-le.');
    // French only: with other languages offered, the missing wording for them would warn.
    for (const lang of ['nl', 'de', 'en']) setField(page, 'data-langs', 'false', { option: lang });
    setField(page, 'src', BUNDLE);
    const preview = await previewBanner(page, (b) => b.dataset.messageFr === 'Signalez-le.');
    expect(part(preview, 'title')!.textContent).to.equal('Exploiter des mineurs est un crime');

    for (const snippet of [scriptSnippet(page), elementSnippet(page)]) {
      clearStorage();
      const blank = await loadPage(snippet, { lang: 'en' });
      const banner = await bannerOf(blank);
      expect(dataAttributes(banner)).to.deep.equal(dataAttributes(preview));
      expect(textOf(banner)).to.equal(textOf(preview));
      expect(part(banner, 'banner')!.className).to.equal(part(preview, 'banner')!.className);
      expect(getComputedStyle(part(banner, 'banner')!).borderTopColor).to.equal('rgb(164, 40, 106)');
      expect(blank.warnings).to.deep.equal([]);
      blank.frame.remove();
    }
  });

  it('carries the SRI hash of the built file, and the browser refuses bytes that differ', async () => {
    await reset();
    const bytes = await builtBundle();
    const sri = (await (await fetch('/dist/report-banner.js.sri', { cache: 'no-store' })).text()).trim();
    const integrity = await sha384(bytes);
    expect(sri).to.equal(integrity);
    expect(onlyScript(scriptSnippet(page)).getAttribute('integrity')).to.equal(integrity);

    // The same tag, pointed at the built bytes and at a copy with one word changed.
    const original = new TextDecoder().decode(bytes);
    const tampered = original.replace('Child Focus', 'Chi1d Focus');
    expect(tampered).to.not.equal(original);
    const tagFor = (text: string) => {
      const script = onlyScript(scriptSnippet(page));
      script.src = URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));
      return script.outerHTML;
    };
    clearStorage();
    const genuine = await loadPage(tagFor(original));
    await bannerOf(genuine);
    const onError = `<script>addEventListener('error',(e)=>{if(e.target.localName==='script')document.documentElement.dataset.refused=''},true)</script>`;
    const refused = await loadPage(tagFor(tampered), { head: onError });
    await waitFor(() => refused.document.documentElement.dataset.refused !== undefined);
    // Give a late script the chance to run anyway.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(refused.document.querySelector('report-banner')).to.equal(null);
    expect(refused.window.customElements.get('report-banner')).to.equal(undefined);
  });

  it('keeps hostile text inside its attributes: one valid, inert tag', async () => {
    await reset();
    const hostile = {
      'data-lang': 'nl',
      'data-title': `"><img src=x onerror="parent.__pwned=1">`,
      'data-message': `</script><script>parent.__pwned=1</script> & "quotes" 'single' <b>bold</b>\nline two`,
      'data-title-fr': `' onload='parent.__pwned=1`,
      'data-accent': `red" onerror="parent.__pwned=1`,
      'data-revision': `1"><svg onload=parent.__pwned=1>`,
      'data-report-url': `javascript:parent.__pwned=1//"></script>`,
    };
    for (const [name, value] of Object.entries(hostile)) setField(page, name, value);
    // Values the banner would refuse never reach the tag; the texts do, escaped.
    const kept = (name: string, value: string) => (['data-accent', 'data-revision', 'data-report-url'].includes(name) ? null : value);
    setField(page, 'src', `/x.js"></script><script>parent.__pwned=1</script>`);
    const hostileSrc = onlyScript(scriptSnippet(page));
    expect(hostileSrc.getAttribute('src')).to.equal(`/x.js"></script><script>parent.__pwned=1</script>`);
    for (const snippet of [scriptSnippet(page), elementSnippet(page)]) {
      expect(snippet).to.not.match(/<(?!\/?(script|report-banner)[\s>])/i);
    }

    setField(page, 'src', BUNDLE);
    const script = onlyScript(scriptSnippet(page));
    for (const [name, value] of Object.entries(hostile)) expect(script.getAttribute(name), name).to.equal(kept(name, value));
    const element = parseSnippet(elementSnippet(page));
    expect([...element.body.children].map((child) => child.localName)).to.deep.equal(['report-banner', 'script']);
    for (const [name, value] of Object.entries(hostile)) expect(element.body.firstElementChild!.getAttribute(name), name).to.equal(kept(name, value));

    // Run both: the preview, and the snippet pasted into a page.
    const preview = await previewBanner(page, (b) => b.dataset.title === hostile['data-title']);
    clearStorage();
    const blank = await loadPage(scriptSnippet(page));
    const banner = await bannerOf(blank);
    for (const shown of [preview, banner]) {
      expect(part(shown, 'title')!.textContent).to.equal(hostile['data-title']);
      expect(shadow(shown).querySelector('img, svg:not([aria-hidden]), b')).to.equal(null);
    }
    expect(blank.document.querySelectorAll('img, svg, b').length).to.equal(0);
    expect(page.document.querySelectorAll('img, svg').length).to.equal(0);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    blank.frame.remove();
  });

  it('loads nothing from another origin, and passes axe', async () => {
    await reset();
    await previewBanner(page);
    const preview = (page.document.getElementById('preview') as HTMLIFrameElement).contentWindow!;
    for (const win of [page.window, preview]) {
      const foreign = win.performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => new URL(url).origin !== location.origin && !url.startsWith('blob:'));
      expect(foreign).to.deep.equal([]);
    }
    const results = await runAxe(page);
    expect(results.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)).to.deep.equal([]);
  });

  it('shows the focus ring on fields reached by keyboard', async () => {
    const field = control(page, 'data-revision');
    field.focus();
    expect(page.window.getComputedStyle(field).outlineStyle).to.equal('solid');
    field.blur();
  });
});

describe('the gallery', () => {
  it('shows every layout for each audience, in the language and theme chosen', async () => {
    const page = await openDemo('gallery.html?lang=fr&theme=dark');
    try {
      const frames = [...page.document.querySelectorAll<HTMLIFrameElement>('#gallery iframe')];
      expect(frames.length).to.equal(13);
      const banners = await Promise.all(
        frames.map((frame) =>
          waitFor(() => {
            const banner = frame.contentDocument?.querySelector('report-banner');
            return banner && part(banner, 'banner')?.lang === 'fr' && part(banner, 'banner')?.classList.contains('dark') ? banner : null;
          }, 5000),
        ),
      );
      const shown = banners.map((banner) => `${banner.dataset.variant} ${banner.dataset.audience}`);
      expect(shown).to.have.members([...['bar', 'corner', 'inline', 'modal'].flatMap((v) => [`${v} witness`, `${v} client`, `${v} youth`]), 'age-check client']);

      const dutch = page.document.querySelector<HTMLInputElement>('input[name="lang"][value="nl"]')!;
      dutch.checked = true;
      dutch.dispatchEvent(new Event('change', { bubbles: true }));
      await waitFor(() => frames.every((frame) => landmarkLang(frame.contentDocument?.querySelector('report-banner')) === 'nl'), 5000);
      const results = await runAxe(page);
      expect(results.map((violation) => violation.id)).to.deep.equal([]);
    } finally {
      page.frame.remove();
      clearStorage();
    }
  });
});

interface AxeViolation {
  id: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (from node_modules, served locally) on a demo page, its frames left out. */
async function runAxe(page: DemoPage): Promise<AxeViolation[]> {
  const win = page.window as typeof page.window & { axe?: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } };
  if (!win.axe) {
    const script = page.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    page.document.head.append(script);
    await loaded;
  }
  const { violations } = await win.axe!.run(page.document, { iframes: false });
  return violations;
}
