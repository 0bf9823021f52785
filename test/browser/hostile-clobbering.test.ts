/**
 * Listing HTML that keeps `id` and `name` attributes (as DOMPurify's defaults do) adds named
 * properties to `window` and `document`. Each name the widget or Lit reads is tried alone, and
 * all of them at once, before a deferred, an async, a synchronous `<head>` and a synchronous
 * `<body>` tag of the real built script.
 */
import { expect } from '@open-wc/testing';
import fr from '../../locales/fr.json';
import { ERROR_RECORDER, freshPagesEachTest, waitFor, errorsOf, landmarkOf, loadPage, scriptTag, shadow, type TestPage } from './helpers.js';

/** Optional globals Lit reads or writes: `<div id="…">` defines them on `window`. */
const WINDOW_NAMES = [
  'litHtmlVersions',
  'reactiveElementVersions',
  'litElementVersions',
  'litPropertyMetadata',
  'reactiveElementPolyfillSupport',
  'litHtmlPolyfillSupport',
  'litElementPolyfillSupport',
  'litElementHydrateSupport',
  'ShadyCSS',
  'litNonce',
];

/** `document` members the widget or Lit uses: `<img name="…">` replaces them on `document`. */
const DOCUMENT_NAMES = [
  'body',
  'documentElement',
  'currentScript',
  'querySelector',
  'createElement',
  'createTreeWalker',
  'importNode',
  'createComment',
  'readyState',
  'addEventListener',
];

const listing = (names: { window: readonly string[]; document: readonly string[] }) =>
  `<article>${names.window.map((name) => `<div id="${name}"></div>`).join('')}` +
  `${names.document.map((name) => `<img name="${name}" alt="">`).join('')}</article>`;

/** What the page's own code sees right after the listing: the attack is real (control). */
const PROBE = (names: readonly string[]) =>
  `<script>window.__clobbered=${JSON.stringify(names)}.filter((n)=>window[n] instanceof HTMLDivElement||document[n] instanceof HTMLImageElement)</script>`;

/** Options that only show when the script tag's attributes and `<html lang>` were read. */
const OPTIONS = 'data-variant="corner" data-position="bottom-left" data-title-fr="Titre d’essai" data-title-nl="Testtitel" data-langs="fr,nl"';

/** Inline `<style>` is refused, so Lit falling back from constructable style sheets shows. */
const HEAD = `${ERROR_RECORDER}<script>window.__violations=[];document.addEventListener('securitypolicyviolation',(e)=>__violations.push(e.effectiveDirective))</script><meta http-equiv="Content-Security-Policy" content="style-src 'self'">`;

const PLACEMENTS = {
  'a deferred': (hostile: string) => ({ head: HEAD, body: hostile + scriptTag(OPTIONS, 'defer') }),
  'an async': (hostile: string) => ({ head: HEAD, body: hostile + scriptTag(OPTIONS, 'async') }),
  'a synchronous <head>': (hostile: string) => ({ head: HEAD + scriptTag(OPTIONS, ''), body: hostile }),
  'a synchronous <body>': (hostile: string) => ({ head: HEAD, body: hostile + scriptTag(OPTIONS, '') }),
};

/** The page's real `<body>`, whatever its HTML named `body`. */
const bodyOf = (page: TestPage) =>
  Object.getOwnPropertyDescriptor(page.window.Document.prototype, 'body')!.get!.call(page.document) as HTMLElement;

async function expectIntactBanner(page: TestPage) {
  const banner = await waitFor(() => bodyOf(page).querySelector('report-banner'));
  await banner.updateComplete;
  expect(bodyOf(page).querySelectorAll('report-banner').length).to.equal(1);
  expect(banner.parentElement).to.equal(bodyOf(page));
  const landmark = landmarkOf(banner)!;
  expect(landmark).not.to.equal(null);
  // Styled (a fixed card on the left), with the tag's options and the page's language.
  const look = getComputedStyle(landmark);
  expect(look.position).to.equal('fixed');
  expect(landmark.getBoundingClientRect().height).to.be.greaterThan(50);
  expect(landmark.classList.contains('bottom-left')).to.equal(true);
  expect(landmark.getAttribute('aria-label')).to.equal(fr.label);
  expect(shadow(banner).querySelector('h2')!.textContent).to.equal('Titre d’essai');
  expect(shadow(banner).querySelectorAll('[part="languages"] button').length).to.equal(2);
  expect(page.warnings.filter((w) => w.startsWith('report-banner:'))).to.deep.equal([]);
  expect(errorsOf(page)).to.deep.equal([]);
  expect((page.window as unknown as { __violations: string[] }).__violations).to.deep.equal([]);
}

describe('hostile listing HTML: named properties cannot stop or change the banner', () => {
  freshPagesEachTest();

  for (const [placement, pageWith] of Object.entries(PLACEMENTS)) {
    describe(`${placement} script tag`, () => {
      const cases = [
        ...WINDOW_NAMES.map((name) => ({ label: `<div id="${name}">`, window: [name], document: [] })),
        ...DOCUMENT_NAMES.map((name) => ({ label: `<img name="${name}">`, window: [], document: [name] })),
        { label: 'every one of them at once', window: WINDOW_NAMES, document: DOCUMENT_NAMES },
      ];
      for (const names of cases) {
        it(`renders with its options after ${names.label}`, async () => {
          const all = [...names.window, ...names.document];
          const { head, body } = pageWith(listing(names) + PROBE(all));
          const page = await loadPage(body, { head, lang: 'fr' });
          // Control: the page's own, unprotected code does see the element instead.
          expect((page.window as unknown as { __clobbered: string[] }).__clobbered).to.deep.equal(all);
          await expectIntactBanner(page);
        });
      }
    });
  }
});

describe('a browser without scheduler.yield()', () => {
  freshPagesEachTest();

  // Start-up yields with `scheduler.yield()` where it exists, else a macrotask. Where it does not
  // exist (Safari), markup can put an element in its place: the fallback must still be taken.
  const removeScheduler = `<script>delete window.scheduler;delete Window.prototype.scheduler</script>`;
  const HOSTILE = {
    'a form named "scheduler" with a "yield" field': {
      markup: `<form id="scheduler"><input name="yield"></form>`,
      // Control: the page's own code sees the form where the browser's scheduler was.
      control: (page: TestPage) => expect((page.window as unknown as { scheduler: unknown }).scheduler).to.be.instanceOf(page.window.HTMLFormElement),
    },
    'a cross-origin <iframe name="scheduler">': {
      // Sandboxed, so its document is cross-origin from the start (a frame's first document is
      // its parent's until the one it loads arrives).
      markup: `<iframe name="scheduler" sandbox></iframe><script>try{scheduler.yield}catch(e){window.__read=e.name}</script>`,
      // Control: the page's own code that reads scheduler.yield gets a SecurityError.
      control: (page: TestPage) => expect((page.window as unknown as { __read: string }).__read).to.equal('SecurityError'),
    },
  };
  for (const [name, { markup, control }] of Object.entries(HOSTILE)) {
    for (const [placement, pageWith] of Object.entries(PLACEMENTS)) {
      it(`renders from ${placement} script tag after ${name}`, async () => {
        const { head, body } = pageWith(markup);
        const page = await loadPage(body, { head: removeScheduler + head, lang: 'fr' });
        control(page);
        await expectIntactBanner(page);
      });
    }
  }
});
