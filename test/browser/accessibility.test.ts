import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { MIN_CONTRAST, contrastRatio, parseRgb, type Rgb } from '../../src/theme/contrast.js';
import '../../src/define.js';
import { LANGUAGES } from '../../src/notice/language.js';
import type { ReportBanner } from '../../src/element/report-banner.js';
import { bannerOf, freshPagesEachTest, loadPage, scriptTag, shadow, shownPart } from './helpers.js';

const VARIANTS = ['bar', 'corner', 'inline', 'modal'] as const;
const THEMES = ['light', 'dark'] as const;
/** The DevTools protocol (and so media emulation) is Chromium's; Firefox checks the CSS rules. */
const chromium = navigator.userAgent.includes('Chrome/');

const controls = (el: ReportBanner) => [...shadow(el).querySelectorAll<HTMLElement>('a, button')];
const rgb = (css: string): Rgb => parseRgb(css.replace(/\s+/g, ' '), [255, 255, 255])!;
const emulate = (features: { name: string; value: string }[]) => executeServerCommand('emulate-media-features', features);

async function banner(attributes: Record<string, string>): Promise<ReportBanner> {
  const el = document.createElement('report-banner');
  Object.assign(el.dataset, attributes);
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** The CSS text of the rules inside one `@media` block of the element's own styles. */
function mediaRules(el: ReportBanner, condition: string): string {
  const sheets = shadow(el).adoptedStyleSheets.length ? shadow(el).adoptedStyleSheets : [...shadow(el).styleSheets];
  const rules = sheets.flatMap((sheet) => [...sheet.cssRules]);
  return rules
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes(condition))
    .map((rule) => rule.cssText)
    .join('\n');
}

describe('accessibility', () => {
  freshPagesEachTest();

  describe('axe-core finds no violation', () => {
    for (const variant of VARIANTS) {
      for (const lang of LANGUAGES) {
        for (const theme of THEMES) {
          it(`${variant}, ${lang}, ${theme}`, async () => {
            const audience = { fr: 'youth', de: 'client', nl: 'witness', en: 'client' }[lang];
            const el = await banner({ variant, lang, theme, audience });
            await expect(el).to.be.accessible();
          });
        }
      }
    }
  });

  describe('semantics', () => {
    it('bar, corner and inline are a region landmark labelled in the banner language', async () => {
      for (const variant of ['bar', 'corner', 'inline']) {
        const el = await banner({ variant, lang: 'fr' });
        const landmark = shownPart(el, 'banner');
        expect(landmark.localName, variant).to.equal('section');
        expect(landmark.getAttribute('aria-label'), variant).to.equal('Message sur l\u2019exploitation sexuelle des mineurs');
        expect(landmark.lang).to.equal('fr');
      }
    });

    it('the modal is a dialog with aria-modal, labelled by its heading', async () => {
      const el = await banner({ variant: 'modal', lang: 'nl' });
      const dialog = shownPart(el, 'banner');
      expect(dialog.localName).to.equal('dialog');
      expect(dialog.getAttribute('aria-modal')).to.equal('true');
      const label = shadow(el).getElementById(dialog.getAttribute('aria-labelledby')!)!;
      expect(label.textContent).to.equal('Minderjarigen uitbuiten is strafbaar');
      await el.hide();
    });

    it('every link text makes sense on its own; phone links name whom they call', async () => {
      const el = await banner({ lang: 'en', contacts: 'childfocus,1712,awel,emergency' });
      const texts = [...shadow(el).querySelectorAll('a')].map((a) => [a.getAttribute('href')!, a.textContent!.trim()]);
      expect(new Set(texts.map(([, text]) => text)).size, 'no two links read the same').to.equal(texts.length);
      for (const [href, text] of texts) {
        expect(text, href).not.to.match(/^(click|here|more|link)\b/i);
        expect(text.length, href).to.be.greaterThan(5);
      }
      expect(Object.fromEntries(texts.filter(([href]) => href.startsWith('tel:')))).to.deep.equal({
        'tel:116000': 'Call Child Focus: 116\u00a0000',
        'tel:1712': 'Call 1712',
        'tel:102': 'Call Awel: 102',
        'tel:112': 'Call emergency services: 112',
        'tel:101': 'Call the police: 101',
      });
    });

    it('comes first in <body> and does not take focus on page load; the modal does', async () => {
      const page = await loadPage(`<main><a href="#x">host link</a></main>${scriptTag()}`);
      const bar = await bannerOf(page);
      expect(page.document.body.firstElementChild === bar, 'first in body').to.equal(true);
      expect(page.document.activeElement === page.document.body, 'focus stays on the page').to.equal(true);
      page.frame.remove();

      const modalPage = await loadPage(`<main><a href="#x">host link</a></main>${scriptTag('data-variant="modal"')}`);
      const modal = await bannerOf(modalPage);
      expect(modalPage.document.activeElement === modal, 'focus in the modal').to.equal(true);
      expect(shadow(modal).activeElement === shownPart(modal, 'banner'), 'on the dialog itself').to.equal(true);
    });
  });

  describe('keyboard', () => {
    for (const variant of ['bar', 'corner', 'inline'] as const) {
      it(`${variant}: Tab reaches every control in order with a visible focus ring; Space and Enter work`, async () => {
        const wrapper = await fixture<HTMLElement>(html`<div><button id="start">start</button></div>`);
        const el = document.createElement('report-banner');
        Object.assign(el.dataset, { variant, lang: 'en', theme: 'light', langs: 'en,fr' });
        wrapper.append(el);
        await el.updateComplete;
        // Unfolded, so every control is there (the folded order is in phone-layout.test.ts).
        shadow(el).querySelector<HTMLButtonElement>('[part="more"]')?.click();
        await el.updateComplete;
        wrapper.querySelector<HTMLButtonElement>('#start')!.focus();

        const expected = controls(el);
        const background = rgb(getComputedStyle(shownPart(el, 'banner')).backgroundColor);
        for (const control of expected) {
          await sendKeys({ press: 'Tab' });
          // Firefox gives a banner that scrolls (its content is taller than 70% of the
          // viewport) a tab stop of its own, so keyboard users can scroll it.
          if (shadow(el).activeElement === shownPart(el, 'banner')) {
            expect(shownPart(el, 'banner').scrollHeight).to.be.greaterThan(shownPart(el, 'banner').clientHeight);
            await sendKeys({ press: 'Tab' });
          }
          expect(shadow(el).activeElement === control, control.outerHTML).to.equal(true);
          const style = getComputedStyle(control);
          expect(style.outlineStyle, 'focus ring').to.equal('solid');
          expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
          expect(contrastRatio(rgb(style.outlineColor), background), 'focus ring contrast').to.be.at.least(3);
        }
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        expect(shadow(el).activeElement === expected[expected.length - 2], 'Shift+Tab goes back').to.equal(true);

        shownPart(el, 'languages').querySelector<HTMLButtonElement>('[lang="fr"]')!.focus();
        await sendKeys({ press: ' ' });
        await el.updateComplete;
        expect(shownPart(el, 'banner').lang).to.equal('fr');

        shownPart(el, 'close').focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(shadow(el).querySelector('[part~="banner"]')).to.equal(null);
      });
    }

    it('modal: Space on "I understand" closes it (Tab trap and Escape are in report-banner.test.ts)', async () => {
      const el = await banner({ variant: 'modal', lang: 'en' });
      shownPart(el, 'acknowledge').focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(shadow(el).querySelector('[part~="banner"]')).to.equal(null);
    });
  });

  describe('contrast', () => {
    for (const theme of THEMES) {
      it(`${theme}: every text reaches ${MIN_CONTRAST}:1 on the banner background`, async () => {
        const el = await banner({ lang: 'en', theme });
        const background = rgb(getComputedStyle(shownPart(el, 'banner')).backgroundColor);
        const texts = shadow(el).querySelectorAll<HTMLElement>('h2, p, .contact, .contact-name, a, button');
        expect(texts.length).to.be.greaterThan(8);
        for (const text of texts) {
          const ratio = contrastRatio(rgb(getComputedStyle(text).color), background);
          expect(ratio, `${text.localName}.${text.className}`).to.be.at.least(MIN_CONTRAST);
        }
      });
    }

    for (const theme of THEMES) {
      it(`${theme}: links are underlined and control borders reach 3:1 (colour is never the only cue)`, async () => {
        const el = await banner({ lang: 'en', theme, langs: 'en,fr' });
        const background = rgb(getComputedStyle(shownPart(el, 'banner')).backgroundColor);
        for (const link of shadow(el).querySelectorAll('a')) {
          expect(getComputedStyle(link).textDecorationLine, link.textContent!).to.equal('underline');
        }
        for (const button of shownPart(el, 'languages').querySelectorAll('button')) {
          const border = rgb(getComputedStyle(button).borderTopColor);
          expect(contrastRatio(border, background), button.textContent!).to.be.at.least(3);
        }
      });
    }

    for (const [accent, theme] of [
      ['#ffcc00', 'light'],
      ['pink', 'light'],
      ['navy', 'dark'],
      ['rgb(0, 0, 0)', 'dark'],
    ] as const) {
      it(`an accent that would fail (${accent}, ${theme}) is adjusted to ${MIN_CONTRAST}:1 with a warning`, async () => {
        const seen: string[] = [];
        const original = console.warn;
        console.warn = (...args: unknown[]) => seen.push(args.join(' '));
        let el: ReportBanner;
        try {
          el = await banner({ lang: 'en', theme, accent });
        } finally {
          console.warn = original;
        }
        expect(seen.join('\n')).to.contain(`data-accent="${accent}" has a contrast of`);
        const background = rgb(getComputedStyle(shownPart(el, 'banner')).backgroundColor);
        const link = shadow(el).querySelector('a')!;
        expect(contrastRatio(rgb(getComputedStyle(link).color), background)).to.be.at.least(MIN_CONTRAST);
      });
    }

    it('a good accent is used exactly as given, without a warning', async () => {
      const seen: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => seen.push(args.join(' '));
      let el: ReportBanner;
      try {
        el = await banner({ lang: 'en', theme: 'light', accent: '#6a1b9a' });
      } finally {
        console.warn = original;
      }
      expect(seen).to.deep.equal([]);
      expect(getComputedStyle(shadow(el).querySelector('a')!).color).to.equal('rgb(106, 27, 154)');
    });
  });

  describe('reflow, zoom and text spacing', () => {
    for (const variant of VARIANTS) {
      it(`${variant}: no horizontal scrolling at 320 CSS px (and at 400% zoom: 320×200)`, async () => {
        for (const height of [640, 200]) {
          const page = await loadPage(`<main><p>Host page</p><div id="slot"></div></main>${scriptTag(
            `data-lang="de" data-variant="${variant}" data-target="${variant === 'inline' ? '#slot' : ''}"`,
          )}`, { width: 320, height });
          const el = await bannerOf(page);
          const box = shownPart(el, 'banner');
          expect(page.document.documentElement.scrollWidth, `page ${height}`).to.be.at.most(320);
          expect(box.scrollWidth, `banner ${height}`).to.be.at.most(box.clientWidth);
          for (const child of shadow(el).querySelectorAll<HTMLElement>('h2, p, a, button, li')) {
            const rect = child.getBoundingClientRect();
            expect(rect.right, child.outerHTML.slice(0, 60)).to.be.at.most(320);
            expect(rect.left).to.be.at.least(0);
          }
          page.frame.remove();
        }
      });
    }

    it('text spacing overrides (WCAG 1.4.12) clip nothing and cause no horizontal scrolling', async () => {
      const el = await banner({ lang: 'fr', theme: 'light' });
      const spacing = new CSSStyleSheet();
      spacing.replaceSync(
        '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
      );
      shadow(el).adoptedStyleSheets = [...shadow(el).adoptedStyleSheets, spacing];
      const box = shownPart(el, 'banner');
      expect(box.scrollWidth).to.be.at.most(box.clientWidth);
      const boxes = [...shadow(el).querySelectorAll<HTMLElement>('h2, p, a, button, span')].filter(
        (text) => getComputedStyle(text).display !== 'inline',
      );
      expect(boxes.length).to.be.greaterThan(6);
      for (const text of boxes) {
        expect(text.scrollWidth, text.outerHTML.slice(0, 60)).to.be.at.most(text.clientWidth + 1);
        expect(text.scrollHeight, text.outerHTML.slice(0, 60)).to.be.at.most(text.clientHeight + 1);
      }
    });
  });

  describe('touch targets', () => {
    for (const variant of VARIANTS) {
      it(`${variant}: every link and button is at least 24×24 CSS px`, async () => {
        const el = await banner({ variant, lang: 'en', contacts: 'childfocus,1712,emergency' });
        const more = shadow(el).querySelector<HTMLButtonElement>('[part="more"]');
        // Folded (only what shows) and unfolded (everything).
        for (const folded of more ? [true, false] : [false]) {
          if (!folded) more?.click();
          await el.updateComplete;
          const shown = controls(el).filter((control) => !folded || control.getClientRects().length > 0);
          expect(shown.length, `controls shown, folded: ${folded}`).to.be.greaterThan(folded ? 3 : 5);
          for (const control of shown) {
            const { width, height } = control.getBoundingClientRect();
            expect(width, control.textContent!).to.be.at.least(24);
            expect(height, control.textContent!).to.be.at.least(24);
          }
        }
        if (variant === 'modal') await el.hide();
      });
    }
  });

  describe('user preferences', () => {
    afterEach(async () => {
      if (chromium) await emulate([]);
    });

    it('prefers-reduced-motion: reduce leaves no transition or animation', async () => {
      const el = await banner({ lang: 'en' });
      const durations = () => controls(el).map((c) => getComputedStyle(c).transitionDuration);
      if (chromium) {
        expect(durations().some((d) => d !== '0s'), 'buttons fade without the preference').to.equal(true);
        await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
        expect(durations().every((d) => d === '0s')).to.equal(true);
        expect(shadow(el).getAnimations()).to.deep.equal([]);
      } else {
        expect(mediaRules(el, 'prefers-reduced-motion: reduce')).to.match(/transition: none !important/);
        expect(mediaRules(el, 'prefers-reduced-motion: reduce')).to.match(/animation: (auto )?none !important/);
      }
    });

    it('data-theme="auto" follows prefers-color-scheme', async () => {
      const el = await banner({ lang: 'en' });
      if (chromium) {
        await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
        expect(getComputedStyle(shownPart(el, 'banner')).backgroundColor).to.equal('rgb(17, 24, 33)');
        await emulate([{ name: 'prefers-color-scheme', value: 'light' }]);
        expect(getComputedStyle(shownPart(el, 'banner')).backgroundColor).to.equal('rgb(255, 255, 255)');
      } else {
        expect(mediaRules(el, 'prefers-color-scheme: dark')).to.contain('--report-banner-background, #111821');
      }
    });

    it('forced-colors: active keeps borders, buttons and focus rings visible', async () => {
      const el = await banner({ lang: 'en', langs: 'en,fr' });
      if (chromium) {
        await emulate([{ name: 'forced-colors', value: 'active' }]);
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const visible = (element: HTMLElement) => {
          const style = getComputedStyle(element);
          return style.borderTopStyle === 'solid' && parseFloat(style.borderTopWidth) >= 1;
        };
        expect(visible(shownPart(el, 'banner')), 'banner border').to.equal(true);
        for (const button of shadow(el).querySelectorAll('button')) expect(visible(button), button.outerHTML).to.equal(true);
        const close = shownPart(el, 'close');
        expect(getComputedStyle(close).borderTopColor).not.to.equal('rgba(0, 0, 0, 0)');
        close.focus();
        await sendKeys({ press: 'Shift' });
        expect(getComputedStyle(close).outlineStyle).to.equal('solid');
      } else {
        const rules = mediaRules(el, 'forced-colors: active');
        expect(rules).to.contain('border-color: canvastext');
        expect(rules).to.contain('outline-color: highlight');
      }
    });
  });
});
