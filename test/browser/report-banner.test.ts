import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CONTACT_TABLE } from '../../src/notice/contact-table.js';
import '../../src/define.js';
import type { ReportBanner } from '../../src/element/report-banner.js';
import { bannerOf, freshPagesEachTest, loadPage, part, scriptTag, shadow, textOf, waitFor } from './helpers.js';

const contactIds = (element: ReportBanner) => [
  ...new Set([...shadow(element).querySelectorAll<HTMLElement>('a[data-contact]')].map((link) => link.dataset.contact)),
];
const activeInside = (element: ReportBanner) => shadow(element).activeElement;

/** Records console.warn calls made while `run` runs. */
async function warningsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('<report-banner>', () => {
  freshPagesEachTest();

  describe('variants', () => {
    it('bar: fixed to the chosen edge, full width', async () => {
      const el = await fixture<ReportBanner>(html`<report-banner data-lang="en" data-position="top"></report-banner>`);
      const box = part(el, 'banner')!;
      expect(getComputedStyle(box).position).to.equal('fixed');
      expect(box.getBoundingClientRect().top).to.equal(0);
      expect(box.getBoundingClientRect().width).to.equal(document.documentElement.clientWidth);
    });

    it('corner: a compact fixed card in the chosen bottom corner', async () => {
      const el = await fixture<ReportBanner>(
        html`<report-banner data-lang="en" data-variant="corner" data-position="bottom-left"></report-banner>`,
      );
      const box = part(el, 'banner')!.getBoundingClientRect();
      expect(getComputedStyle(part(el, 'banner')!).position).to.equal('fixed');
      expect(box.left).to.equal(16);
      expect(box.width).to.be.at.most(400);
      expect(Math.round(window.innerHeight - box.bottom)).to.equal(16);
    });

    it('inline: in normal flow where it stands', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><p>before</p><report-banner data-lang="en" data-variant="inline"></report-banner><p>after</p></div>`,
      );
      const el = wrapper.querySelector('report-banner')!;
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'banner')!).position).to.equal('static');
      const [before, after] = wrapper.querySelectorAll('p');
      const box = el.getBoundingClientRect();
      expect(box.top).to.be.at.least(before.getBoundingClientRect().bottom);
      expect(after.getBoundingClientRect().top).to.be.at.least(box.bottom);
    });

    it('inline through the script tag goes inside data-target', async () => {
      const page = await loadPage(`<aside id="slot"></aside>${scriptTag('data-variant="inline" data-target="#slot"')}`);
      const banner = await bannerOf(page);
      expect(banner.parentElement?.id).to.equal('slot');
      expect(page.window.getComputedStyle(part(banner, 'banner')!).position).to.equal('static');
    });

    it('a data-target that matches nothing warns and falls back to a bar', async () => {
      const page = await loadPage(scriptTag('data-variant="inline" data-target="#missing"'));
      const banner = await bannerOf(page);
      expect(page.document.body.firstElementChild).to.equal(banner);
      expect(page.window.getComputedStyle(part(banner, 'banner')!).position).to.equal('fixed');
      expect(page.warnings.join('\n')).to.contain('data-target="#missing" matches no element');
    });

    it('bar publishes its height as --report-banner-height on <html> until dismissed', async () => {
      const el = await fixture<ReportBanner>(html`<report-banner data-lang="en"></report-banner>`);
      const shown = await oneEventOrAlready(el);
      const value = document.documentElement.style.getPropertyValue('--report-banner-height');
      expect(value).to.equal(`${Math.round(part(el, 'banner')!.getBoundingClientRect().height)}px`);
      expect(shown).to.equal(parseInt(value, 10));
      await el.hide();
      expect(document.documentElement.style.getPropertyValue('--report-banner-height')).to.equal('');
    });
  });

  describe('modal', () => {
    it('is a real modal dialog: focus moves in, Tab stays inside, the page is inert, focus returns', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><button id="before">before</button></div>`);
      const opener = wrapper.querySelector<HTMLButtonElement>('#before')!;
      opener.focus();
      const el = document.createElement('report-banner');
      Object.assign(el.dataset, { lang: 'en', variant: 'modal', langs: 'nl,fr' });
      wrapper.append(el);
      await el.updateComplete;
      const dialog = part(el, 'banner') as HTMLDialogElement;
      expect(dialog.localName).to.equal('dialog');
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(dialog.getAttribute('aria-modal')).to.equal('true');
      expect(dialog.contains(activeInside(el))).to.equal(true);

      const controls = [...dialog.querySelectorAll('a, button')];
      for (let i = 0; i < controls.length + 2; i++) {
        await sendKeys({ press: 'Tab' });
        expect(dialog.contains(activeInside(el)), `Tab ${i + 1}`).to.equal(true);
      }
      await sendKeys({ down: 'Shift' });
      for (let i = 0; i < controls.length + 2; i++) {
        await sendKeys({ press: 'Tab' });
        expect(dialog.contains(activeInside(el)), `Shift+Tab ${i + 1}`).to.equal(true);
      }
      await sendKeys({ up: 'Shift' });

      // The page behind cannot be reached: clicking it does nothing.
      let clicked = false;
      opener.addEventListener('click', () => (clicked = true));
      const { x, y } = opener.getBoundingClientRect();
      (document.elementFromPoint(x + 2, y + 2) as HTMLElement | null)?.click();
      expect(clicked).to.equal(false);

      part(el, 'acknowledge')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(part(el, 'banner')).to.equal(null);
      expect(document.activeElement === opener, 'focus returns to the opener').to.equal(true);
      expect(localStorage.getItem('report-banner:dismissed:1')).not.to.equal(null);
    });

    it('Escape closes it only when data-dismissible is true', async () => {
      const locked = await fixture<ReportBanner>(
        html`<report-banner data-lang="en" data-variant="modal" data-dismissible="false"></report-banner>`,
      );
      await sendKeys({ press: 'Escape' });
      await locked.updateComplete;
      expect((part(locked, 'banner') as HTMLDialogElement).open).to.equal(true);
      await locked.hide();

      const free = await fixture<ReportBanner>(html`<report-banner data-lang="en" data-variant="modal"></report-banner>`);
      setTimeout(() => sendKeys({ press: 'Escape' }));
      const { detail } = await oneEvent(free, 'report-banner-dismiss');
      expect(detail.reason).to.equal('escape');
      await free.updateComplete;
      expect(part(free, 'banner')).to.equal(null);
    });
  });

  describe('language switch', () => {
    it('offers each language by its code, named in its own language with its lang attribute; choosing one re-renders', async () => {
      const el = await fixture<ReportBanner>(html`<report-banner data-lang="nl"></report-banner>`);
      const buttons = [...part(el, 'languages')!.querySelectorAll('button')];
      expect(buttons.map((b) => [b.lang, b.textContent!.trim(), b.getAttribute('aria-label')])).to.deep.equal([
        ['nl', 'NL', 'NL, Nederlands'],
        ['fr', 'FR', 'FR, Français'],
        ['de', 'DE', 'DE, Deutsch'],
        ['en', 'EN', 'EN, English'],
      ]);
      expect(buttons[0].getAttribute('aria-pressed')).to.equal('true');

      setTimeout(() => buttons[1].click());
      const { detail } = await oneEvent(el, 'report-banner-language');
      expect(detail).to.deep.equal({ language: 'fr', previous: 'nl' });
      await el.updateComplete;
      expect(part(el, 'banner')!.lang).to.equal('fr');
      expect(part(el, 'title')!.textContent).to.equal('Exploitation sexuelle de mineurs\u202f: punie');
      expect(buttons[1].getAttribute('aria-pressed')).to.equal('true');
    });

    it('data-langs chooses the languages offered; empty hides the switch', async () => {
      const two = await fixture<ReportBanner>(html`<report-banner data-lang="en" data-langs="fr,nl"></report-banner>`);
      expect([...part(two, 'languages')!.querySelectorAll('button')].map((b) => b.lang)).to.deep.equal(['fr', 'nl']);
      const none = await fixture<ReportBanner>(html`<report-banner data-lang="en" data-langs=""></report-banner>`);
      expect(part(none, 'languages')).to.equal(null);
    });

    it('generic wording is never shown with data-lang="auto": its language is unknown', async () => {
      let el!: ReportBanner;
      const warnings = await warningsDuring(async () => {
        el = await fixture<ReportBanner>(html`<report-banner data-lang="auto" data-title="Eigen titel" data-fallback-lang="fr"></report-banner>`);
      });
      const defaults = {
        nl: 'Minderjarigen uitbuiten is strafbaar',
        fr: 'Exploiter un mineur est puni par la loi',
        de: 'Minderjährige auszubeuten ist strafbar',
        en: 'Sexually exploiting minors is a crime',
      };
      expect(part(el, 'title')!.textContent).to.equal(defaults[part(el, 'banner')!.lang as keyof typeof defaults]);
      expect(warnings.join('\n')).to.contain('data-title is not shown with data-lang="auto"');
    });

    it('names wording missing for a language the switch offers in check mode only, never in the console of a live page', async () => {
      let live!: ReportBanner;
      const warnings = await warningsDuring(async () => {
        live = await fixture<ReportBanner>(html`<report-banner data-lang="nl" data-langs="nl,fr" data-message-nl="Eigen tekst"></report-banner>`);
      });
      expect(warnings.filter((warning) => warning.includes('missing for'))).to.deep.equal([]);
      expect(part(live, 'check')).to.equal(null);
      const checked = await fixture<ReportBanner>(html`<report-banner data-check data-lang="nl" data-langs="nl,fr" data-message-nl="Eigen tekst"></report-banner>`);
      expect(part(checked, 'check')!.textContent).to.contain('data-message is missing for fr; the default shows there.');
    });

    it('gives a warning about the wording once per page, however many banners share it', async () => {
      // Defined by an app bundle: a script tag would show one banner of its own and no other.
      const page = await loadPage(
        `<report-banner data-variant="inline" data-title="Eigen titel"></report-banner>
         <report-banner data-variant="inline" data-title="Eigen titel"></report-banner>
         <script type="module" src="/dist/esm/define.js"></script>`,
      );
      await waitFor(() => page.document.querySelectorAll('report-banner')[1]?.shadowRoot?.querySelector('[part~="banner"]'));
      expect(page.warnings.filter((warning) => warning.includes('data-title is not shown'))).to.have.length(1);
    });

    it('a witness reads what the law punishes, a line for an advertised young person, and where to call in danger', async () => {
      const witness = await fixture<ReportBanner>(html`<report-banner data-lang="en"></report-banner>`);
      const paragraphs = [...shadow(witness).querySelectorAll('.text p')].map((p) => p.textContent);
      expect(paragraphs).to.have.length(5);
      expect(paragraphs[0]).to.match(/^Is someone under 18 being offered here\? Call Child Focus/);
      expect(paragraphs[1]).to.contain('making, sharing, possessing, acquiring or knowingly viewing');
      expect(paragraphs[2]).to.equal('Seeing such images by accident is not a crime.');
      expect(paragraphs[3]).to.contain('Under 18 and being offered here?');
      expect(paragraphs[4]).to.equal('Immediate danger? Call 112 or the police on 101.');
      const youth = await fixture<ReportBanner>(html`<report-banner data-lang="en" data-audience="youth"></report-banner>`);
      expect(shadow(youth).querySelectorAll('.text p')).to.have.length(1);
    });

    it('per-language wording follows the switch; generic wording stays with the starting language', async () => {
      const el = await fixture<ReportBanner>(
        html`<report-banner data-lang="nl" data-title="Eigen titel" data-title-fr="Titre propre"></report-banner>`,
      );
      expect(part(el, 'title')!.textContent).to.equal('Eigen titel');
      part(el, 'languages')!.querySelector<HTMLButtonElement>('[lang="fr"]')!.click();
      await el.updateComplete;
      expect(part(el, 'title')!.textContent).to.equal('Titre propre');
      part(el, 'languages')!.querySelector<HTMLButtonElement>('[lang="de"]')!.click();
      await el.updateComplete;
      expect(part(el, 'title')!.textContent).to.equal('Minderjährige auszubeuten ist strafbar');
    });
  });

  describe('contacts', () => {
    it('data-contacts chooses and orders services; each channel is a real link', async () => {
      const el = await fixture<ReportBanner>(
        html`<report-banner data-lang="fr" data-audience="youth" data-contacts="103, sosviol, emergency"></report-banner>`,
      );
      const links = [...shadow(el).querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent!.trim()]);
      expect(links).to.deep.equal([
        ['tel:103', 'Appeler le 103'],
        ['https://103ecoute.be/', 'Site du 103 Écoute-Enfants'],
        ['tel:080098100', 'Appeler SOS Viol au 0800\u00a098\u00a0100'],
        ['https://sosviol.be/', 'Site de SOS Viol\u202f: chat'],
        ['tel:112', 'Appeler les secours au 112'],
        ['tel:101', 'Appeler la police au 101'],
      ]);
    });

    it('unknown ids warn and are skipped; with nothing valid left, Child Focus shows', async () => {
      let el!: ReportBanner;
      const warnings = await warningsDuring(async () => {
        el = await fixture<ReportBanner>(html`<report-banner data-lang="en" data-contacts="nope"></report-banner>`);
      });
      expect(warnings.join('\n')).to.contain('data-contacts contains "nope"');
      expect(textOf(el)).to.contain('Child Focus');
      expect(shadow(el).querySelectorAll('.contact').length).to.equal(1);
    });

    it("data-report-url adds the operator's form beside the official reporting point, promising nothing for it (https only)", async () => {
      const el = await fixture<ReportBanner>(
        html`<report-banner data-lang="en" data-report-url="https://ngo.example/report"></report-banner>`,
      );
      const reports = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a[data-channel="report"]')].map((a) => [
        a.href,
        a.dataset.contact,
        a.textContent!.trim(),
      ]);
      expect(reports).to.deep.equal([
        ['https://www.stopchildporno.be/', 'childfocus', 'Report images to the Child Focus reporting point (can be anonymous)'],
        ['https://ngo.example/report', 'report-url', 'Report the ad to ngo.example'],
      ]);
      // Among the links, "anonymous" belongs to the official reporting point alone.
      const anonymous = [...shadow(el).querySelectorAll('a')].filter((a) => /anonym/i.test(a.textContent!));
      expect(anonymous.map((a) => a.getAttribute('href'))).to.deep.equal(['https://www.stopchildporno.be/']);

      // Never to young readers, who would report to the platform that carries their ad; said so.
      let young!: ReportBanner;
      const told = await warningsDuring(async () => {
        young = await fixture<ReportBanner>(
          html`<report-banner data-lang="en" data-audience="youth" data-report-url="https://ngo.example/report"></report-banner>`,
        );
      });
      expect(shadow(young).querySelector('a[href="https://ngo.example/report"]')).to.equal(null);
      expect(told.join('\n')).to.contain('data-report-url is not shown with data-audience="youth"');

      let insecure!: ReportBanner;
      const warnings = await warningsDuring(async () => {
        insecure = await fixture<ReportBanner>(
          html`<report-banner data-lang="en" data-report-url="http://ngo.example/report"></report-banner>`,
        );
      });
      expect(warnings.join('\n')).to.contain('data-report-url="http://ngo.example/report" is not valid');
      expect(shadow(insecure).querySelector<HTMLAnchorElement>('a[data-channel="report"]')!.href).to.equal(
        'https://www.stopchildporno.be/',
      );
    });

    it('defaults follow the contact table by language and audience: a French-speaking young reader also gets 103', async () => {
      const el = await fixture<ReportBanner>(html`<report-banner data-lang="fr" data-audience="youth"></report-banner>`);
      expect(contactIds(el)).to.deep.equal(CONTACT_TABLE.youth.fr['bar-unfolded']);
      expect(contactIds(el)).to.include('103');
      part(el, 'languages')!.querySelector<HTMLButtonElement>('[lang="de"]')!.click();
      await el.updateComplete;
      expect(contactIds(el)).to.deep.equal(CONTACT_TABLE.youth.de['bar-unfolded']);
      expect(contactIds(el)).to.include('telefonhilfe');
      const witness = await fixture<ReportBanner>(html`<report-banner data-lang="fr"></report-banner>`);
      expect(contactIds(witness)).to.deep.equal(['childfocus', '1712']);
    });

    it('shows each name and note as elements of their own, so a screen reader does not run them together', async () => {
      // Inline: the whole list shows (a bar starts folded, with the notes behind "More help").
      const el = await fixture<ReportBanner>(html`<report-banner data-lang="nl" data-variant="inline"></report-banner>`);
      const first = shadow(el).querySelector('.contact')!;
      const [name, note] = [...first.children];
      expect(name.textContent).to.equal('Child Focus');
      expect(note.textContent).to.equal('116\u00a0000: gratis, dag en nacht, niet op de telefoonrekening.');
      expect(getComputedStyle(name).display).to.equal('block');
      expect(getComputedStyle(note).display).to.equal('block');
    });

    it('fires report-banner-link with the contact and channel followed', async () => {
      const el = await fixture<ReportBanner>(html`<report-banner data-lang="en"></report-banner>`);
      // Keep the test page where it is: cancel the navigation, not the event.
      shadow(el).addEventListener('click', (event) => event.preventDefault(), { capture: true });
      const link = shadow(el).querySelector<HTMLAnchorElement>('a[href="tel:1712"]')!;
      setTimeout(() => link.click());
      const event = await oneEvent(el, 'report-banner-link');
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ contact: '1712', channel: 'phone', href: 'tel:1712' });
    });
  });

  describe('theming', () => {
    it('data-theme picks the palette', async () => {
      const light = await fixture<ReportBanner>(html`<report-banner data-lang="en" data-theme="light"></report-banner>`);
      const dark = await fixture<ReportBanner>(html`<report-banner data-lang="en" data-theme="dark"></report-banner>`);
      expect(getComputedStyle(part(light, 'banner')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(part(dark, 'banner')!).backgroundColor).to.equal('rgb(17, 24, 33)');
    });

    it('custom properties on the host restyle it (a background the dark theme’s text reads on)', async () => {
      const el = await fixture<ReportBanner>(
        html`<report-banner data-lang="en" data-theme="dark" style="--report-banner-background: rgb(1, 2, 3)"></report-banner>`,
      );
      expect(getComputedStyle(part(el, 'banner')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    });

    it('data-accent colours the links; an invalid colour warns and is ignored', async () => {
      const el = await fixture<ReportBanner>(
        html`<report-banner data-lang="en" data-theme="light" data-accent="rgb(120, 20, 90)"></report-banner>`,
      );
      expect(getComputedStyle(shadow(el).querySelector('a')!).color).to.equal('rgb(120, 20, 90)');

      let bad!: ReportBanner;
      const warnings = await warningsDuring(async () => {
        bad = await fixture<ReportBanner>(
          html`<report-banner data-lang="en" data-theme="light" data-accent="not-a-colour"></report-banner>`,
        );
      });
      expect(warnings.join('\n')).to.contain('data-accent="not-a-colour" is not valid');
      expect(getComputedStyle(shadow(bad).querySelector('a')!).color).to.equal('rgb(31, 95, 153)');
    });
  });

  describe('public API', () => {
    it('hide() and show() return promises; a cancelled dismissal resolves false', async () => {
      const el = await fixture<ReportBanner>(html`<report-banner data-lang="en"></report-banner>`);
      const keepOpen = (event: Event) => event.preventDefault();
      el.addEventListener('report-banner-dismiss', keepOpen);
      expect(await el.hide()).to.equal(false);
      expect(part(el, 'banner')).not.to.equal(null);
      el.removeEventListener('report-banner-dismiss', keepOpen);
      expect(await el.hide()).to.equal(true);
      expect(part(el, 'banner')).to.equal(null);
      expect(localStorage.getItem('report-banner:dismissed:1'), 'hide() is not remembered').to.equal(null);
      await el.show();
      expect(part(el, 'banner')).not.to.equal(null);
    });

    it('options are properties too', async () => {
      const el = await fixture<ReportBanner>(html`<report-banner data-lang="en"></report-banner>`);
      el.audience = 'youth';
      el.language = 'de';
      await el.updateComplete;
      expect(part(el, 'banner')!.lang).to.equal('de');
      expect(part(el, 'title')!.textContent).to.equal('Will jemand Nacktfotos oder Sex von dir?');
    });

    it('every new option warns about a bad value, naming it and what is allowed, and still shows', async () => {
      let el!: ReportBanner;
      const warnings = await warningsDuring(async () => {
        el = await fixture<ReportBanner>(
          html`<report-banner
            data-lang="en"
            data-variant="popup"
            data-theme="neon"
            data-langs="nl,xx"
            data-position="middle"
          ></report-banner>`,
        );
      });
      expect(part(el, 'banner')).not.to.equal(null);
      const text = warnings.join('\n');
      expect(text).to.contain('data-variant="popup" is not valid; use "bar", "corner", "inline", "modal"');
      expect(text).to.contain('data-theme="neon" is not valid; use "auto", "light", "dark"');
      expect(text).to.contain('data-langs contains "xx"');
      expect(text).to.contain('data-position="middle" is not valid; use "bottom", "top"');
      expect(warnings.length).to.equal(4);
    });
  });
});

/** The height reported by report-banner-show, waiting for it if it has not fired yet. */
async function oneEventOrAlready(el: ReportBanner): Promise<number> {
  const event = await Promise.race([
    oneEvent(el, 'report-banner-show'),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), 500)),
  ]);
  if (event) return event.detail.height;
  return parseInt(document.documentElement.style.getPropertyValue('--report-banner-height'), 10);
}
