import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import de from '../../locales/de.json';
import en from '../../locales/en.json';
import fr from '../../locales/fr.json';
import nl from '../../locales/nl.json';
import '../../src/define.js';
import { CONTACT_TABLE } from '../../src/notice/contact-table.js';
import type { AgeDetail } from '../../src/notice/events.js';
import { bannerOf, clearStorage, loadPage, part, reload, scriptTag, shadow, textOf, waitFor, type TestPage } from './helpers.js';

const LOCALES = { nl, fr, de, en } as const;
const chromium = navigator.userAgent.includes('Chrome/');
const EXIT_PAGE = '/test/browser/pages/age-exit.html';

const contactIds = (el: Element) => [
  ...new Set([...shadow(el).querySelectorAll<HTMLElement>('a[data-contact]')].map((link) => link.dataset.contact)),
];
const storedKeys = (page: TestPage) => Object.keys(page.window.localStorage).filter((key) => key.startsWith('report-banner:')).sort();

/** A page with a host control at the top, and the gate placed by the real script tag. */
async function gatePage(attributes = '', size: { width?: number; height?: number } = {}) {
  const page = await loadPage(
    `<main><button id="host" style="position:absolute;top:100px;left:40px">host control</button></main>${scriptTag(
      `data-variant="age-check" ${attributes}`,
    )}`,
    size,
  );
  const ages: boolean[] = [];
  const flags: boolean[] = [];
  page.document.addEventListener('report-banner-age', (event) => {
    ages.push((event as CustomEvent<AgeDetail>).detail.adult);
    flags.push(event.bubbles && event.composed);
  });
  const el = await bannerOf(page);
  const host = page.document.getElementById('host') as HTMLButtonElement;
  return { page, el, host, ages, flags };
}

/** Whether the page's own control can be reached: hit-tested and focusable. */
function reachable(page: TestPage, host: HTMLElement): boolean {
  const { x, y } = host.getBoundingClientRect();
  const hit = page.document.elementFromPoint(x + 4, y + 4) === host;
  host.focus();
  return hit && page.document.activeElement === host;
}

/** The element actually on top at the centre of `element`, seen from inside the shadow root. */
function onTop(el: Element, element: HTMLElement, viewport: { width: number; height: number }) {
  const rect = element.getBoundingClientRect();
  const inside = rect.top >= 0 && rect.left >= 0 && rect.bottom <= viewport.height && rect.right <= viewport.width;
  const hit = shadow(el).elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
  return inside && (hit === element || element.contains(hit));
}

describe('age-check entry', () => {
  beforeEach(clearStorage);
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    clearStorage();
  });

  it('is a modal gate that carries the notice; the page behind is inert and Escape does not pass it', async () => {
    const { page, el, host, ages } = await gatePage('data-lang="en"');
    const dialog = part(el, 'banner') as HTMLDialogElement;
    expect(dialog.localName).to.equal('dialog');
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.classList.contains('age-check')).to.equal(true);
    expect(part(el, 'title')!.textContent).to.equal(en.ageCheck.title);
    // Its paragraphs are one per line of the text.
    // The client notice, one paragraph per line (the question is put to would-be clients, whatever the audience).
    expect(part(el, 'message')!.textContent).to.equal(en.client.message.replaceAll('\n', ''));
    expect(part(el, 'message')!.querySelectorAll('p')).to.have.length(4);
    expect(shadow(el).querySelector<HTMLAnchorElement>('a.report')!.href).to.equal('https://www.stopchildporno.be/');
    expect(contactIds(el)).to.deep.equal(['childfocus', 'stopitnow', '1712']);
    expect(part(el, 'adult')!.textContent!.trim()).to.equal(en.ageCheck.adult);
    expect(part(el, 'minor')!.textContent!.trim()).to.equal(en.ageCheck.minor);
    expect(reachable(page, host), 'page inert behind the gate').to.equal(false);
    expect(shadow(el).activeElement === dialog, 'focus on the dialog').to.equal(true);

    page.frame.focus();
    dialog.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog.open && dialog.isConnected).to.equal(true);
    expect(ages).to.deep.equal([]);
    expect(page.warnings).to.deep.equal([]);
  });

  it('"18 or older" enters: event, remembered per revision for data-remember days, the page usable, the bar follows', async () => {
    const { page, el, host, ages, flags } = await gatePage('data-lang="en" data-remember="7"');
    const before = Date.now();
    part(el, 'adult')!.click();
    await el.updateComplete;
    expect(ages).to.deep.equal([true]);
    expect(flags).to.deep.equal([true]);
    expect(storedKeys(page)).to.deep.equal(['report-banner:adult:1']);
    const until = Number(page.window.localStorage.getItem('report-banner:adult:1'));
    expect(until - before).to.be.within(7 * 86400000 - 1000, 7 * 86400000 + 60000);
    expect(reachable(page, host), 'page usable after entering').to.equal(true);
    expect(el.showing).to.equal(true);
    expect(part(el, 'banner')!.localName).to.equal('section');
    expect(part(el, 'banner')!.classList.contains('bar')).to.equal(true);
    expect(part(el, 'title')!.textContent).to.equal(en.witness.title);

    const again = await reload(page);
    const next = await bannerOf(again);
    expect(part(next, 'banner')!.classList.contains('bar'), 'not asked again').to.equal(true);
    expect(shadow(next).querySelector('dialog')).to.equal(null);

    // A new revision asks everyone again.
    const revised = await gatePage('data-lang="en" data-revision="2"');
    expect(part(revised.el, 'banner')!.localName).to.equal('dialog');
  });

  it('data-then="none" shows nothing after entering; data-remember="0" remembers nothing', async () => {
    const { page, el, host } = await gatePage('data-lang="nl" data-then="none" data-remember="0"');
    part(el, 'adult')!.click();
    await el.updateComplete;
    expect(el.showing).to.equal(false);
    expect(part(el, 'banner')).to.equal(null);
    expect(reachable(page, host)).to.equal(true);
    expect(storedKeys(page)).to.deep.equal([]);
    const again = await bannerOf(await reload(page));
    expect(part(again, 'banner')!.localName, 'asked again').to.equal('dialog');
  });

  it('"under 18" stays on the gate with help and a way out, fires adult:false and remembers nothing', async () => {
    const { page, el, host, ages, flags } = await gatePage('data-lang="nl"');
    part(el, 'minor')!.click();
    await el.updateComplete;
    await waitFor(() => shadow(el).activeElement === part(el, 'banner'));
    expect(ages).to.deep.equal([false]);
    expect(flags).to.deep.equal([true]);
    const dialog = part(el, 'banner') as HTMLDialogElement;
    expect(dialog.matches(':modal')).to.equal(true);
    expect(part(el, 'title')!.textContent).to.equal(nl.ageCheck.youthTitle);
    expect(dialog.getAttribute('aria-labelledby')).to.equal(part(el, 'title')!.id);
    expect(part(el, 'message')!.textContent).to.equal(nl.ageCheck.youthMessage);
    expect(part(el, 'leave')!.textContent!.trim()).to.equal(nl.ageCheck.leave);
    expect(textOf(el)).to.contain(nl.ageCheck.shortcut);
    expect(contactIds(el)).to.deep.equal(CONTACT_TABLE.witness.nl['gate-minor']);
    expect(part(el, 'adult'), 'no way back to "18 or older"').to.equal(null);
    expect(reachable(page, host)).to.equal(false);
    expect(storedKeys(page)).to.deep.equal([]);

    const again = await bannerOf(await reload(page));
    expect(part(again, 'title')!.textContent, 'asked again on the next visit').to.equal(nl.ageCheck.title);
  });

  it('speaks the visitor\'s language, also after a switch, with each language\'s youth services', async () => {
    for (const lang of ['nl', 'fr', 'de', 'en'] as const) {
      const { el } = await gatePage(`data-lang="${lang}"`);
      expect(part(el, 'banner')!.lang).to.equal(lang);
      expect(part(el, 'title')!.textContent, lang).to.equal(LOCALES[lang].ageCheck.title);
      part(el, 'minor')!.click();
      await el.updateComplete;
      expect(part(el, 'title')!.textContent, lang).to.equal(LOCALES[lang].ageCheck.youthTitle);
      expect(contactIds(el), lang).to.deep.equal(CONTACT_TABLE.witness[lang]['gate-minor']);
    }
    const { el } = await gatePage('data-lang="nl"');
    part(el, 'languages')!.querySelector<HTMLButtonElement>('button[lang="fr"]')!.click();
    await el.updateComplete;
    expect(part(el, 'title')!.textContent).to.equal(fr.ageCheck.title);
    expect(part(el, 'adult')!.textContent!.trim()).to.equal(fr.ageCheck.adult);
    expect(part(el, 'minor')!.textContent!.trim()).to.equal(fr.ageCheck.minor);
  });

  it('takes NGO wording per language (data-age-title-fr…), the generic one for the starting language only', async () => {
    const { el } = await gatePage(
      'data-lang="nl" data-age-title="Eigen vraag" data-age-message="Eigen tekst" data-age-title-fr="Question propre"',
    );
    expect(part(el, 'title')!.textContent).to.equal('Eigen vraag');
    expect(part(el, 'message')!.textContent).to.equal('Eigen tekst');
    part(el, 'languages')!.querySelector<HTMLButtonElement>('button[lang="fr"]')!.click();
    await el.updateComplete;
    expect(part(el, 'title')!.textContent).to.equal('Question propre');
    expect(part(el, 'message')!.textContent).to.equal(fr.client.message.replaceAll('\n', ''));
  });

  it('"leave this site" goes to data-exit-url and replaces the page in the history', async () => {
    const exit = new URL(EXIT_PAGE, location.href).href;
    const { page, el } = await gatePage(`data-lang="en" data-exit-url="${exit}"`);
    part(el, 'minor')!.click();
    await el.updateComplete;
    const entries = history.length;
    const left = new Promise((resolve) => page.frame.addEventListener('load', resolve, { once: true }));
    part(el, 'leave')!.click();
    await left;
    expect(page.frame.contentWindow!.location.href).to.equal(exit);
    expect(history.length, 'no new history entry: Back does not return to the site').to.equal(entries);
  });

  it('Shift pressed three times leaves too, and each press is announced', async () => {
    const exit = new URL(EXIT_PAGE, location.href).href;
    const { page, el } = await gatePage(`data-lang="en" data-exit-url="${exit}"`);
    page.frame.focus();
    part(el, 'minor')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => part(el, 'leave'));
    const status = shadow(el).querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('');
    // Pressed while the youth view asks, not before.
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(status.textContent).to.equal('Press Shift 2 more times to leave this site.');
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(status.textContent).to.equal('Press Shift once more to leave this site.');
    const entries = history.length;
    const left = new Promise((resolve) => page.frame.addEventListener('load', resolve, { once: true }));
    await sendKeys({ press: 'Shift' });
    await left;
    expect(page.frame.contentWindow!.location.href).to.equal(exit);
    expect(history.length).to.equal(entries);
  });

  it('Shift does nothing while the gate still asks', async () => {
    const { el } = await gatePage('data-lang="en"');
    part(el, 'adult')!.focus();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(part(el, 'adult')).not.to.equal(null);
  });

  it('warns about a wrong data-then or data-exit-url and uses the defaults', async () => {
    const { page, el } = await gatePage('data-lang="en" data-then="popup" data-exit-url="http://example.com/"');
    expect(page.warnings.join('\n')).to.contain('data-then="popup" is not valid');
    expect(page.warnings.join('\n')).to.contain('data-exit-url="http://example.com/" is not valid');
    part(el, 'adult')!.click();
    await el.updateComplete;
    expect(part(el, 'banner')!.classList.contains('bar')).to.equal(true);
  });

  describe('on a phone', () => {
    for (const lang of ['nl', 'fr', 'de', 'en'] as const) {
      it(`375×667, ${lang}: both choices, the call, the report and the help-to-stop links are visible without scrolling`, async () => {
        const viewport = { width: 375, height: 667 };
        const { el } = await gatePage(`data-lang="${lang}" data-audience="client"`, viewport);
        for (const name of ['adult', 'minor']) expect(onTop(el, part(el, name)!, viewport), name).to.equal(true);
        for (const [name, selector] of [
          ['call link', 'a[href="tel:116000"]'],
          ['report link', 'a.report'],
          ['help-to-stop link', 'a[data-contact="stopitnow"]'],
        ]) {
          expect(onTop(el, shadow(el).querySelector<HTMLElement>(selector)!, viewport), name).to.equal(true);
        }
        // A reader of another language learns that Stop it Now! answers in Dutch.
        const stop = shadow(el).querySelector('a[data-contact="stopitnow"]')!.closest('li')!.querySelector('.in');
        expect((stop?.getClientRects().length ?? 0) > 0, 'language note').to.equal(lang !== 'nl');
        const dialog = part(el, 'banner')!;
        expect(dialog.scrollHeight, 'nothing to scroll').to.be.at.most(dialog.clientHeight);
      });
    }

    for (const view of ['gate', 'youth view']) {
      it(`320 px (and 320×200, 400 % zoom), ${view}: no horizontal scrolling`, async () => {
        for (const height of [640, 200]) {
          const { page, el } = await gatePage('data-lang="de"', { width: 320, height });
          if (view === 'youth view') {
            part(el, 'minor')!.click();
            await el.updateComplete;
          }
          const box = part(el, 'banner')!;
          expect(page.document.documentElement.scrollWidth).to.be.at.most(320);
          expect(box.scrollWidth, `${height}`).to.be.at.most(box.clientWidth);
          for (const child of shadow(el).querySelectorAll<HTMLElement>('h2, p, a, button, li')) {
            expect(child.getBoundingClientRect().right, child.outerHTML.slice(0, 60)).to.be.at.most(320);
          }
          page.frame.remove();
        }
      });
    }
  });

  describe('accessibility', () => {
    async function gate(attributes: Record<string, string>) {
      const el = document.createElement('report-banner');
      Object.assign(el.dataset, { variant: 'age-check', remember: '0', ...attributes });
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.append(el);
      await el.updateComplete;
      return el;
    }
    // The gate makes this document inert: each test takes it away again.
    afterEach(() => document.querySelectorAll('report-banner').forEach((el) => el.remove()));

    for (const theme of ['light', 'dark']) {
      for (const lang of ['nl', 'fr', 'de', 'en']) {
        // axe-core's first run in a browser takes long on a busy machine; the check itself is not timed.
        it(`axe-core: gate and youth view, ${lang}, ${theme}`, async () => {
          const el = await gate({ lang, theme });
          await expect(el).to.be.accessible();
          part(el, 'minor')!.click();
          await el.updateComplete;
          await expect(el).to.be.accessible();
        }).timeout(30000);
      }
    }

    it('the exit shortcut is written next to the button, and the choices are real, equal buttons', async () => {
      const el = await gate({ lang: 'fr' });
      const [adult, minor] = [part(el, 'adult')!, part(el, 'minor')!];
      expect([adult.localName, minor.localName]).to.deep.equal(['button', 'button']);
      expect(getComputedStyle(adult).backgroundColor).to.equal(getComputedStyle(minor).backgroundColor);
      expect(adult.getBoundingClientRect().height).to.be.at.least(44);
      minor.click();
      await el.updateComplete;
      const leave = part(el, 'leave')!;
      expect(leave.nextElementSibling!.textContent).to.equal(fr.ageCheck.shortcut);
      expect(leave.getBoundingClientRect().height).to.be.at.least(44);
    });

    it('forced-colors: active keeps the dialog border and the buttons visible', async () => {
      const el = await gate({ lang: 'en' });
      if (!chromium) {
        const sheets = shadow(el).adoptedStyleSheets.length ? shadow(el).adoptedStyleSheets : [...shadow(el).styleSheets];
        const rules = sheets.flatMap((sheet) => [...sheet.cssRules]).map((rule) => rule.cssText).join('\n');
        expect(rules).to.match(/forced-colors: active[^}]*backdrop[^}]*canvas/i);
        return;
      }
      await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
      try {
        for (const element of [part(el, 'banner')!, part(el, 'adult')!, part(el, 'minor')!]) {
          const style = getComputedStyle(element);
          expect(style.borderTopStyle, element.outerHTML.slice(0, 40)).to.equal('solid');
          expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
        }
      } finally {
        await executeServerCommand('emulate-media-features', []);
      }
    });
  });
});
