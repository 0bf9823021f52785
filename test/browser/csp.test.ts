import { expect } from '@open-wc/testing';
import { bannerOf, errorsOf, freshPagesEachTest, landmarkOf, openPage, settle, shadow, textOf, type TestPage } from './helpers.js';

const violationsOf = (page: TestPage) => (page.window as unknown as { __violations: string[] }).__violations;

const POLICIES = [
  ['a strict policy', '/test/browser/pages/csp-strict.html', "default-src 'none'; script-src 'self'; style-src 'self'"],
  [
    'a nonce-based policy',
    '/test/browser/pages/csp-nonce.html',
    "default-src 'none'; script-src 'nonce-Zm9yLXRlc3RzLW9ubHk='; style-src 'nonce-Zm9yLXRlc3RzLW9ubHk='",
  ],
  [
    'a strict policy that enforces Trusted Types',
    '/test/browser/pages/csp-trusted-types.html',
    "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
  ],
] as const;

/** data-accent="#8a1c1c" on the fixtures' script tags (light theme, where it has contrast enough). */
const ACCENT = 'rgb(138, 28, 28)';

describe('Content-Security-Policy: the banner needs no unsafe-inline, no nonce, no exception', () => {
  freshPagesEachTest();

  for (const [name, path, policy] of POLICIES) {
    describe(`on a page served with ${name}`, () => {
      it('the fixture arrives with its policy, and a violation would be seen (control)', async () => {
        const response = await fetch(path);
        expect(response.headers.get('content-security-policy')).to.equal(policy);
        const page = await openPage(path);
        await bannerOf(page);
        page.document.body.setAttribute('style', 'outline: 1px solid red');
        const style = page.document.createElement('style');
        style.textContent = 'main { color: red }';
        page.document.head.append(style);
        await settle(100);
        expect(violationsOf(page).length).to.be.greaterThanOrEqual(2);
        expect(getComputedStyle(page.document.querySelector('main')!).color).not.to.equal('rgb(255, 0, 0)');
      });

      it('renders every variant fully, styled and with its accent, with no violation', async () => {
        const page = await openPage(path);
        // One banner per page (a tag with options wins over elements placed beside it), so the
        // operator's own banner is switched through every variant.
        const banner = await bannerOf(page);
        for (const variant of ['bar', 'corner', 'modal', 'inline']) {
          banner.dataset.variant = variant;
          await banner.updateComplete;
          const landmark = landmarkOf(banner)!;
          expect(landmark, variant).not.to.equal(null);
          expect(textOf(banner), variant).to.contain('Child Focus');
          // The shadow styles apply (constructable stylesheets are not inline styles)...
          const look = getComputedStyle(landmark);
          expect(look.position, variant).to.equal({ bar: 'fixed', corner: 'fixed', inline: 'static', modal: 'fixed' }[variant]);
          expect(getComputedStyle(shadow(banner).querySelector('h2')!).fontWeight, variant).to.equal('700');
          // ...and so does the accent, which the banner sets through the CSSOM.
          expect(look.borderTopColor, variant).to.equal(ACCENT);
          expect(getComputedStyle(shadow(banner).querySelector('a')!).color, variant).to.equal(ACCENT);
        }
        await settle(100);
        expect(violationsOf(page)).to.deep.equal([]);
        expect(errorsOf(page)).to.deep.equal([]);
        expect(page.warnings, page.warnings.join('\n')).to.deep.equal([]);
      });
    });
  }
});

describe('a Trusted Types policy that refuses Lit\'s', () => {
  it('keeps the failure from the host page: no error reaches window.onerror, one warning says why', async () => {
    const page = await openPage('/test/browser/pages/csp-trusted-types-refused.html');
    await settle(200);
    const warnings = (page.window as unknown as { __warnings: string[] }).__warnings;
    const trustedTypes = 'trustedTypes' in page.window;
    expect(errorsOf(page)).to.deep.equal([]);
    if (trustedTypes) {
      // Chromium enforces Trusted Types: the library cannot start, and says so.
      expect(warnings.filter((w) => w.startsWith('report-banner: could not start'))).to.have.length(1);
    } else {
      // Firefox ESR does not enforce Trusted Types: the banner simply shows.
      expect(landmarkOf(await bannerOf(page))).not.to.equal(null);
    }
  });
});
