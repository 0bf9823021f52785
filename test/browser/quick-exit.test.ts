import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import en from '../../locales/en.json';
import '../../src/define.js';
import type { ExitDetail } from '../../src/notice/events.js';
import { LANGUAGES } from '../../src/notice/language.js';
import type { ReportBanner } from '../../src/element/report-banner.js';
import { bannerOf, freshPagesEachTest, loadPage, openPage, part, scriptTag, shadow, type TestPage } from './helpers.js';

/**
 * The quick exit for young readers, through the real script tag: the youth notice's button and
 * the age check's under-18 view, Shift three times, the cover, and Back.
 */

const EXIT_PAGE = new URL('/test/browser/pages/age-exit.html', location.href).href;
const PHONE = { width: 375, height: 667 };

const cover = (el: Element) => shadow(el).querySelector<HTMLDialogElement>('dialog.cover');
const status = (el: Element) => shadow(el).querySelector('[role="status"]')!.textContent!.trim();

async function youthPage(attributes = '', size: { width?: number; height?: number } = PHONE) {
  const page = await loadPage(
    `<main><h1>Listing</h1><input id="field" aria-label="search"></main>${scriptTag(
      `data-audience="youth" data-lang="en" data-exit-url="${EXIT_PAGE}" ${attributes}`,
    )}`,
    size,
  );
  const exits: ExitDetail[] = [];
  page.document.addEventListener('report-banner-exit', (event) => exits.push((event as CustomEvent<ExitDetail>).detail));
  const el = await bannerOf(page);
  return { page, el, exits };
}

const loaded = (page: TestPage) => new Promise((resolve) => page.frame.addEventListener('load', resolve, { once: true }));

/**
 * Whether the cover hides the whole page now: an open modal dialog in the top layer, filling the
 * viewport, and what is hit at the corners and the centre is the cover, not the page or the notice.
 */
function covered(page: TestPage, el: ReportBanner): string[] {
  const problems: string[] = [];
  const dialog = cover(el);
  if (!dialog) return ['no cover'];
  if (!dialog.open || !dialog.matches(':modal')) problems.push('cover not modal');
  const { clientWidth: width, clientHeight: height } = page.document.documentElement;
  const box = dialog.getBoundingClientRect();
  if (box.left > 0 || box.top > 0 || box.right < width || box.bottom < height) problems.push(`cover ${JSON.stringify(box)} smaller than ${width}×${height}`);
  for (const [x, y] of [[1, 1], [width - 2, 1], [width / 2, height / 2], [1, height - 2], [width - 2, height - 2]]) {
    if (page.document.elementFromPoint(x, y) !== el || shadow(el).elementFromPoint(x, y) !== dialog) problems.push(`page visible at ${x},${y}`);
  }
  const background = getComputedStyle(dialog).backgroundColor;
  if (/rgba\(.*, 0\)|transparent/.test(background)) problems.push(`cover is see-through: ${background}`);
  return problems;
}

/** Where a visitor would tap it, this element is what is hit, inside the viewport. */
function tappable(el: Element, target: HTMLElement, viewport: { width: number; height: number }): boolean {
  const box = target.getBoundingClientRect();
  if (box.width === 0 || box.top < 0 || box.left < 0 || box.bottom > viewport.height || box.right > viewport.width) return false;
  const hit = shadow(el).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return !!hit && target.contains(hit);
}

describe('quick exit', () => {
  freshPagesEachTest();

  it('the youth notice has a visible "leave this site" button, first in reading order; the witness notice has none', async () => {
    const { el } = await youthPage();
    const leave = part(el, 'leave')!;
    expect(leave.localName).to.equal('button');
    expect(leave.textContent!.trim()).to.equal(en.ageCheck.leave);
    const controls = [...shadow(el).querySelectorAll('a, button')];
    expect(controls[0]).to.equal(leave);
    expect(cover(el)!.open, 'cover closed until asked for').to.equal(false);

    const witness = await bannerOf(await loadPage(scriptTag('data-lang="en"')));
    expect(part(witness, 'leave')).to.equal(null);
    expect(cover(witness)).to.equal(null);
  });

  for (const variant of ['bar', 'corner', 'inline', 'modal']) {
    it(`${variant} at 375×667, folded where it folds: the button is reachable in every language`, async () => {
      const { el } = await youthPage(`data-variant="${variant}"`);
      for (const lang of LANGUAGES) {
        el.dataset.lang = lang;
        await el.updateComplete;
        const leave = part(el, 'leave')!;
        if (variant !== 'inline') expect(tappable(el, leave, PHONE), `${lang}: tappable without scrolling`).to.equal(true);
        else expect(leave.getBoundingClientRect().height, lang).to.be.at.least(24);
        leave.focus();
        expect(shadow(el).activeElement, `${lang}: focusable`).to.equal(leave);
      }
    });
  }

  it('the button covers the page in the same task, then replaces the page with data-exit-url (no new history entry)', async () => {
    const { page, el, exits } = await youthPage();
    const entries = history.length;
    const left = loaded(page);
    part(el, 'leave')!.click();
    // Nothing awaited since the click: the cover is already in place for the next frame.
    expect(covered(page, el)).to.deep.equal([]);
    expect(exits).to.deep.equal([{ via: 'button' }]);
    await left;
    expect(page.frame.contentWindow!.location.href).to.equal(EXIT_PAGE);
    expect(history.length, 'the page was replaced, not added to').to.equal(entries);
  });

  it("the age check's under-18 view: the same cover in the same task, over the gate", async () => {
    const page = await loadPage(scriptTag(`data-variant="age-check" data-lang="en" data-exit-url="${EXIT_PAGE}"`), PHONE);
    const el = await bannerOf(page);
    part(el, 'minor')!.click();
    await el.updateComplete;
    const left = loaded(page);
    part(el, 'leave')!.click();
    expect(covered(page, el)).to.deep.equal([]);
    await left;
    expect(page.frame.contentWindow!.location.href).to.equal(EXIT_PAGE);
  });

  it('Back does not return to the page that was left: it goes to the page before it', async () => {
    const before = new URL('/test/browser/pages/before-listing.html', location.href).href;
    const page = await openPage(before, PHONE);
    // Followed by a key press, as a visitor would: a navigation without one may replace the entry.
    let arrived = loaded(page);
    page.frame.focus();
    page.document.getElementById('listing')!.focus();
    await sendKeys({ press: 'Enter' });
    await arrived;
    const listing = { ...page, window: page.frame.contentWindow as TestPage['window'], document: page.frame.contentDocument! };
    expect(listing.window.location.pathname).to.equal('/test/browser/pages/youth-exit.html');
    const el = await bannerOf(listing);
    const entries = listing.window.history.length;
    arrived = loaded(page);
    part(el, 'leave')!.click();
    await arrived;
    expect(page.frame.contentWindow!.location.href).to.equal(EXIT_PAGE);
    expect(page.frame.contentWindow!.history.length).to.equal(entries);
    arrived = loaded(page);
    page.frame.contentWindow!.history.back();
    await arrived;
    expect(page.frame.contentWindow!.location.href, 'Back lands before the listing').to.equal(before);
  });

  it('Shift three times, left and right alternating, leaves; each press is announced', async () => {
    const { page, el, exits } = await youthPage();
    page.frame.focus();
    page.document.body.focus();
    expect(status(el)).to.equal('');
    await sendKeys({ press: 'ShiftLeft' });
    await el.updateComplete;
    expect(status(el)).to.equal('Press Shift 2 more times to leave this site.');
    await sendKeys({ press: 'ShiftRight' });
    await el.updateComplete;
    expect(status(el)).to.equal('Press Shift once more to leave this site.');
    const left = loaded(page);
    await sendKeys({ press: 'ShiftLeft' });
    await left;
    expect(exits).to.deep.equal([{ via: 'shortcut' }]);
    expect(page.frame.contentWindow!.location.href).to.equal(EXIT_PAGE);
  });

  it('the right Shift pressed while the left one is still down counts too (where GOV.UK aborts)', async () => {
    const { page, el, exits } = await youthPage();
    // The events a browser sends for left down, right down (now shifted), both up, left again.
    const send = (type: string, code: string, shiftKey: boolean) =>
      page.document.body.dispatchEvent(new page.window.KeyboardEvent(type, { key: 'Shift', code, shiftKey, bubbles: true }));
    send('keydown', 'ShiftLeft', true);
    send('keydown', 'ShiftRight', true);
    send('keyup', 'ShiftLeft', true);
    send('keyup', 'ShiftRight', false);
    await el.updateComplete;
    expect(status(el)).to.equal('Press Shift once more to leave this site.');
    const left = loaded(page);
    send('keydown', 'ShiftLeft', true);
    expect(covered(page, el)).to.deep.equal([]);
    await left;
    expect(exits).to.deep.equal([{ via: 'shortcut' }]);
  });

  it("in the page's own text field: typing capitals does not add up, and an on-screen keyboard's shifted events still leave", async () => {
    const { page, el, exits } = await youthPage();
    const field = page.document.getElementById('field') as HTMLInputElement;
    page.frame.focus();
    field.focus();
    // A hardware keyboard: "HeLLo" has Shift before each capital, never three in a row.
    await sendKeys({ type: 'He' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'L' });
    await sendKeys({ press: 'L' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ type: 'o' });
    await el.updateComplete;
    expect(status(el)).to.equal('');
    expect(exits).to.deep.equal([]);

    // iOS's on-screen keyboard in a text field: Shift toggles, comes with no code and no keyup,
    // and every event after it (caps lock on) reports Shift as held.
    const ios = (key: string) =>
      field.dispatchEvent(new page.window.KeyboardEvent('keydown', { key, code: '', shiftKey: true, bubbles: true, composed: true }));
    ios('Shift');
    ios('A');
    ios('Shift');
    ios('Shift');
    await el.updateComplete;
    expect(status(el)).to.equal('Press Shift once more to leave this site.');
    const left = loaded(page);
    ios('Shift');
    expect(covered(page, el)).to.deep.equal([]);
    await left;
    expect(exits).to.deep.equal([{ via: 'shortcut' }]);
  });

  it('the hint shows only where a keyboard is likely (a mouse as the main pointer), the button everywhere', async () => {
    const { page, el } = await youthPage();
    const hint = shadow(el).querySelector<HTMLElement>('.exit .hint')!;
    expect(hint.textContent).to.equal(en.ageCheck.shortcut);
    const likely = page.window.matchMedia('(hover: hover) and (pointer: fine)').matches;
    expect(hint.getClientRects().length > 0, `keyboard likely: ${likely}`).to.equal(likely);
    expect(part(el, 'leave')!.getClientRects().length).to.be.greaterThan(0);
  });

  it('a closed notice and the witness notice do not listen', async () => {
    const { page, el, exits } = await youthPage();
    const press = () => page.document.body.dispatchEvent(new page.window.KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
    press();
    await el.updateComplete;
    expect(status(el)).to.equal('Press Shift 2 more times to leave this site.');
    await el.hide();
    for (let i = 0; i < 3; i++) press();
    expect(exits).to.deep.equal([]);
    expect(cover(el)).to.equal(null);

    const witness = await loadPage(scriptTag('data-lang="en"'));
    const other = await bannerOf(witness);
    const seen: Event[] = [];
    witness.document.addEventListener('report-banner-exit', (event) => seen.push(event));
    for (let i = 0; i < 3; i++) witness.document.body.dispatchEvent(new witness.window.KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
    await other.updateComplete;
    expect(seen).to.deep.equal([]);
  });

  it('a listing cannot stop it: <div id="addEventListener"> and <img name="location"> change nothing', async () => {
    const page = await loadPage(
      `<div id="addEventListener"></div><img name="location" alt=""><form name="replace"></form>${scriptTag(
        `data-audience="youth" data-lang="en" data-exit-url="${EXIT_PAGE}"`,
      )}`,
      PHONE,
    );
    const el = await bannerOf(page);
    const press = () => page.document.body.dispatchEvent(new page.window.KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
    const left = loaded(page);
    press();
    press();
    press();
    expect(covered(page, el)).to.deep.equal([]);
    await left;
    expect(page.frame.contentWindow!.location.href).to.equal(EXIT_PAGE);
  });

  it('axe-core finds nothing in the youth notice with the exit, counting presses (bar, light and dark)', async () => {
    for (const theme of ['light', 'dark']) {
      const el = document.createElement('report-banner');
      Object.assign(el.dataset, { audience: 'youth', lang: 'en', theme, exitUrl: EXIT_PAGE });
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.append(el);
      await el.updateComplete;
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
      await el.updateComplete;
      expect(status(el)).to.equal('Press Shift 2 more times to leave this site.');
      await expect(el).to.be.accessible();
      el.remove();
    }
  }).timeout(30000);
});
