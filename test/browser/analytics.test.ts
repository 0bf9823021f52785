import { expect, fixture, html } from '@open-wc/testing';
import MatomoTracker from '@datapunt/matomo-tracker-js';
import { init as initPlausible } from '@plausible-analytics/tracker';
import '../../src/define.js';
import { pageGlobal } from '../../src/host/safe-dom.js';
import type { ReportBanner } from '../../src/element/report-banner.js';
import { NETWORK_RECORDER, bannerOf, clearStorage, freshPagesEachTest, loadPage, ours, requestsOf, scriptTag, shadow, shownPart, waitFor, type TestPage } from './helpers.js';

/**
 * Counts forwarded to the analytics a page already runs, with the real client libraries: the
 * Plausible tracker from npm, whose requests are caught on their way out (its `fetch`), and the
 * Matomo tracker from npm, which fills Matomo's queue (`_paq`) and asks the Matomo server for the
 * script that sends it (`matomo.js`, served only by a Matomo server: here its request is caught).
 * Google Tag Manager's `dataLayer` is the plain array its snippet sets.
 */

interface PlausibleRequest {
  url: string;
  body: { n: string; d: string; u: string; p?: Record<string, string>; i?: boolean };
}

const PLAUSIBLE_ENDPOINT = new URL('/plausible/api/event', location.href).href;
const sent: PlausibleRequest[] = [];
const realFetch = window.fetch.bind(window);
// Every request the Plausible tracker sends passes here on its way out (the test server answers 404).
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = input instanceof Request ? input.url : String(input);
  if (url === PLAUSIBLE_ENDPOINT) sent.push({ url, body: JSON.parse(String(init?.body)) });
  return realFetch(input, init);
};
initPlausible({ domain: 'listing.example', endpoint: PLAUSIBLE_ENDPOINT, autoCapturePageviews: false, captureOnLocalhost: true, logging: false });
new MatomoTracker({ urlBase: new URL('/matomo/', location.href).href, siteId: 7, linkTracking: false, heartBeat: { active: false } });

const paq = () => (window as unknown as { _paq: unknown[][] })._paq;
/** The content tracking entries the banner added to Matomo's queue. */
const contentEntries = () => paq().filter((entry) => String(entry[0]).startsWith('trackContent'));
const KEYS = ['kind', 'language', 'audience', 'wording', 'variant', 'contact', 'channel', 'via', 'reason'];

/** A hand-placed banner in this page (where both trackers run), once its impression is counted. */
async function banner(attributes: Record<string, string>, counted: () => number = () => sent.length): Promise<ReportBanner> {
  const before = counted();
  const el = document.createElement('report-banner');
  Object.assign(el.dataset, { remember: '0', ...attributes });
  const holder = await fixture<HTMLElement>(html`<div></div>`);
  holder.append(el);
  await el.updateComplete;
  if (attributes.analytics) await waitFor(() => counted() > before);
  return el;
}

/** Clicks a contact link without following it (a phone link would dial). */
function follow(el: ReportBanner, selector: string): HTMLAnchorElement {
  const link = shadow(el).querySelector<HTMLAnchorElement>(selector)!;
  link.addEventListener('click', (event) => event.preventDefault(), { once: true });
  link.click();
  return link;
}

describe('counts forwarded to the analytics a page runs (data-analytics)', () => {
  beforeEach(() => {
    clearStorage();
    sent.length = 0;
    paq().splice(0, paq().length, ...paq().filter((entry) => !String(entry[0]).startsWith('trackContent')));
  });
  afterEach(() => document.querySelectorAll('report-banner, iframe').forEach((el) => el.remove()));

  it("Plausible's tracker sends an impression, an unfold, a click by contact and channel and a dismissal, each with language, audience and wording", async () => {
    const el = await banner({ lang: 'nl', audience: 'witness', variant: 'bar', analytics: 'plausible' });
    shownPart(el, 'more').click();
    await el.updateComplete;
    follow(el, 'a[data-contact="childfocus"][data-channel="phone"]');
    shownPart(el, 'close').click();
    await waitFor(() => sent.length === 4);
    const bodies = sent.map((request) => request.body);
    expect(bodies.map((body) => body.p?.kind)).to.deep.equal(['impression', 'unfold', 'link', 'dismiss']);
    for (const body of bodies) {
      expect(body.n).to.equal('Report banner');
      expect(body.d).to.equal('listing.example');
      expect(body.p).to.include({ language: 'nl', audience: 'witness', wording: 'a', variant: 'bar' });
      // Nothing about the visitor: only words the banner chose, under these keys.
      expect(Object.keys(body.p!).every((key) => KEYS.includes(key)), JSON.stringify(body.p)).to.equal(true);
    }
    expect(bodies[0].i, 'an impression is not an interaction').to.equal(false);
    expect(bodies[1].i).to.equal(undefined);
    expect(bodies[2].p).to.deep.equal({ kind: 'link', language: 'nl', audience: 'witness', wording: 'a', variant: 'bar', contact: 'childfocus', channel: 'phone' });
    expect(bodies[3].p).to.include({ reason: 'close' });
  });

  it("Matomo's tracker gets a content impression and interactions per route; its request for Matomo's script leaves the page", async () => {
    const el = await banner({ lang: 'fr', audience: 'youth', variant: 'corner', analytics: 'matomo' }, () => contentEntries().length);
    shownPart(el, 'more').click();
    await el.updateComplete;
    const link = shadow(el).querySelector<HTMLAnchorElement>('a[data-contact][data-channel]')!;
    follow(el, 'a[data-contact][data-channel]');
    const piece = 'language=fr;audience=youth;wording=a;variant=corner';
    expect(contentEntries()).to.deep.equal([
      ['trackContentImpression', 'Report banner', piece, ''],
      ['trackContentInteraction', 'unfold', 'Report banner', piece, ''],
      ['trackContentInteraction', 'link', 'Report banner', piece, `contact=${link.dataset.contact};channel=${link.dataset.channel}`],
    ]);
    // The tracker's own set-up stays first in the queue, for its script to read.
    expect(paq()[0]).to.deep.equal(['setTrackerUrl', new URL('/matomo/matomo.php', location.href).href]);
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded).to.include(new URL('/matomo/matomo.js', location.href).href);
  });

  it('nothing is counted without data-analytics, and a dismissal a page listener cancels is not counted', async () => {
    const quiet = await banner({ lang: 'en' });
    shownPart(quiet, 'more').click();
    await quiet.updateComplete;
    shownPart(quiet, 'close').click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent.length + contentEntries().length, 'opt-in only').to.equal(0);

    const el = await banner({ lang: 'de', analytics: 'plausible, matomo' });
    el.addEventListener('report-banner-dismiss', (event) => event.preventDefault(), { once: true });
    shownPart(el, 'close').click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shownPart(el, 'banner'), 'still open').to.exist;
    expect(sent.map((request) => request.body.p?.kind)).to.deep.equal(['impression']);
    expect(contentEntries().map((entry) => entry[0])).to.deep.equal(['trackContentImpression']);
  });

  it('a wording comparison: each page view shows one of two wordings at random, stores nothing, and every count says which', async () => {
    const seen = { a: 0, b: 0 };
    const stored = () => [document.cookie, Object.keys(localStorage).join(), Object.keys(sessionStorage).join()];
    const before = stored();
    for (let view = 0; view < 24; view++) {
      const el = await banner({ lang: 'nl', analytics: 'plausible', titleNl: 'Eerste titel', titleBNl: 'Tweede titel', messageBNl: 'Tweede tekst' });
      const wording = sent[sent.length - 1].body.p!.wording as 'a' | 'b';
      seen[wording]++;
      expect(shownPart(el, 'title').textContent, `view ${view}`).to.equal(wording === 'b' ? 'Tweede titel' : 'Eerste titel');
      if (wording === 'b') expect(shownPart(el, 'message').textContent!.trim()).to.equal('Tweede tekst');
      // French has no second wording: it shows, and counts, the first.
      shownPart(el, 'languages').querySelector<HTMLButtonElement>('button[lang="fr"]')!.click();
      await el.updateComplete;
      shownPart(el, 'more').click();
      await waitFor(() => sent[sent.length - 1].body.p!.kind === 'unfold');
      expect(sent[sent.length - 1].body.p).to.include({ language: 'fr', wording: 'a' });
      el.remove();
    }
    // Both wordings appear unless 24 fair draws all fell alike (a chance of 1 in 8 million).
    expect(seen.a, 'a').to.be.greaterThan(0);
    expect(seen.b, 'b').to.be.greaterThan(0);
    expect(stored(), 'nothing stored, no cookie').to.deep.equal(before);
  });
});

/** For a page's `head`: Plausible's npm tracker set up, its requests recorded as they leave (`window.__sent`). */
const PLAUSIBLE_PAGE = `<script>window.__sent=[];{const f=fetch;window.fetch=(u,o)=>{__sent.push(JSON.parse(o.body));return f(u,o)}}</script>
<script type="module">import { init } from '/node_modules/@plausible-analytics/tracker/plausible.js';
init({ domain: 'listing.example', endpoint: new URL('/plausible/api/event', document.baseURI).href, autoCapturePageviews: false, captureOnLocalhost: true, logging: false });</script>`;
const sentFrom = (page: TestPage) => (page.window as unknown as { __sent: PlausibleRequest['body'][] }).__sent;

describe('data-analytics through the script tag', () => {
  freshPagesEachTest();

  it("counts reach Plausible's tracker set up on the page before the tag", async () => {
    const page = await loadPage(scriptTag('data-lang="fr" data-variant="modal" data-analytics="plausible" data-remember="0"'), { head: PLAUSIBLE_PAGE });
    const el = await bannerOf(page);
    await waitFor(() => sentFrom(page).length === 1);
    shownPart(el, 'acknowledge').click();
    await waitFor(() => sentFrom(page).length === 2);
    expect(sentFrom(page).map((body) => body.p)).to.deep.equal([
      { kind: 'impression', language: 'fr', audience: 'witness', wording: 'a', variant: 'modal' },
      { kind: 'dismiss', language: 'fr', audience: 'witness', wording: 'a', variant: 'modal', reason: 'acknowledge' },
    ]);
    expect(ours(page)).to.deep.equal([]);
  });

  it("the quick exit is counted into Tag Manager's data layer before the page is replaced", async () => {
    const exit = new URL('/test/browser/pages/age-exit.html', location.href).href;
    const page = await loadPage(scriptTag(`data-lang="en" data-audience="youth" data-analytics="datalayer" data-exit-url="${exit}"`), {
      head: '<script>window.dataLayer = window.dataLayer || [];</script>',
    });
    const el = await bannerOf(page);
    const layer = (page.window as unknown as { dataLayer: { event: string; report_banner: Record<string, unknown> }[] }).dataLayer;
    await waitFor(() => layer.length === 1);
    shownPart(el, 'leave').click();
    expect(layer.map((entry) => entry.event)).to.deep.equal(['report_banner', 'report_banner']);
    expect(layer[1].report_banner).to.deep.equal({
      kind: 'exit',
      language: 'en',
      audience: 'youth',
      wording: 'a',
      variant: 'bar',
      contact: undefined,
      channel: undefined,
      via: 'button',
      reason: undefined,
    });
  });

  it("a listing's elements named like the tools are no tools: each is warned about once, and the banner requests nothing", async () => {
    const markup = '<div id="dataLayer"></div><img name="plausible" alt=""><form name="_paq"></form>';
    const page = await loadPage(`${markup}${scriptTag('data-lang="en" data-analytics="datalayer,plausible,matomo"')}`, { head: NETWORK_RECORDER });
    const el = await bannerOf(page);
    shownPart(el, 'more').click();
    await el.updateComplete;
    await waitFor(() => ours(page).length >= 3);
    expect(ours(page)).to.deep.equal(
      [
        ['datalayer', 'dataLayer'],
        ['plausible', 'plausible'],
        ['matomo', '_paq'],
      ].map(
        ([tool, global]) =>
          `report-banner: data-analytics names ${tool}, but this page has no window.${global} when the banner counts: load its snippet first.`,
      ),
    );
    expect(requestsOf(page)).to.deep.equal([]);
    expect(shownPart(el, 'title')).to.exist;
  });

  it('the wording is the one thing drawn: Math.random below one half shows the second, above it the first', async () => {
    const shown: Record<string, string> = {};
    for (const value of [0.01, 0.99]) {
      const page = await loadPage(scriptTag('data-lang="nl" data-title-nl="Eerste titel" data-title-b-nl="Tweede titel"'), {
        head: `<script>Math.random = () => ${value};</script>`,
      });
      const el = await bannerOf(page);
      const title = shownPart(el, 'title').textContent!;
      // Everything but the title is the same whichever was drawn.
      shownPart(el, 'title').textContent = '';
      shown[title] = shadow(el).innerHTML.replace(/<!--[^]*?-->/g, '');
      page.frame.remove();
    }
    expect(Object.keys(shown)).to.deep.equal(['Tweede titel', 'Eerste titel']);
    expect(shown['Tweede titel']).to.equal(shown['Eerste titel']);
  });

  it("counts the age check's question as the first wording, and the notice after it as the one drawn", async () => {
    const page = await loadPage(
      scriptTag('data-lang="nl" data-variant="age-check" data-remember="0" data-analytics="datalayer" data-title-b-nl="Tweede titel"'),
      { head: '<script>window.dataLayer = []; Math.random = () => 0.01;</script>' },
    );
    const el = await bannerOf(page);
    const layer = (page.window as unknown as { dataLayer: { report_banner: Record<string, unknown> }[] }).dataLayer;
    await waitFor(() => layer.length === 1);
    expect(layer[0].report_banner).to.include({ kind: 'impression', wording: 'a', variant: 'age-check' });
    shownPart(el, 'adult').click();
    await el.updateComplete;
    expect(shownPart(el, 'title').textContent).to.equal('Tweede titel');
    shownPart(el, 'more').click();
    await waitFor(() => layer.some((entry) => entry.report_banner.kind === 'unfold'));
    expect(layer.at(-1)!.report_banner).to.include({ kind: 'unfold', wording: 'b', variant: 'bar' });
  });

  it("takes as a tool only a value the page's script set, never an element the markup names so", () => {
    // An element's id is a named property of the window; a value a script set is its own.
    const probe = Object.assign(document.createElement('div'), { id: 'analyticsProbe' });
    document.body.append(probe);
    try {
      expect((window as unknown as Record<string, unknown>).analyticsProbe).to.equal(probe);
      expect(pageGlobal('analyticsProbe')).to.equal(undefined);
      (window as unknown as Record<string, unknown>).analyticsProbe = [];
      expect(pageGlobal('analyticsProbe')).to.deep.equal([]);
    } finally {
      probe.remove();
      delete (window as unknown as Record<string, unknown>).analyticsProbe;
    }
  });

  it('a word that is no tool is warned about, and the banner still shows and counts to the others', async () => {
    const page = await loadPage(scriptTag('data-lang="en" data-analytics="plausible,google"'), { head: PLAUSIBLE_PAGE });
    const el = await bannerOf(page);
    expect(ours(page)).to.include('report-banner: data-analytics contains "google", which is not one of plausible, matomo, datalayer; it is skipped.');
    expect(shownPart(el, 'title')).to.exist;
    await waitFor(() => sentFrom(page).length === 1);
  });
});
