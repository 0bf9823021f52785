import { expect } from '@open-wc/testing';
import { bannerOf, freshPagesEachTest, loadPage, scriptTag, shadow } from './helpers.js';

/**
 * Recorded in the page from its first frame on: what the banner's first drawn frame holds. A
 * frame callback runs just before the frame is drawn, so the first one that finds the banner
 * laid out sees what that frame paints.
 */
const FIRST_FRAME_RECORDER = `<script>
window.__first = null;
const look = () => {
  const root = document.querySelector('report-banner')?.shadowRoot;
  const banner = root?.querySelector('[part~="banner"]');
  if (!banner || banner.getBoundingClientRect().height === 0) return requestAnimationFrame(look);
  window.__first = {
    html: root.innerHTML,
    shown: window.__shown(root),
  };
};
window.__shown = (root) => [...root.querySelectorAll('h2, p, a, button')]
  .filter((element) => element.getClientRects().length > 0)
  .map((element) => {
    const box = element.getBoundingClientRect();
    return element.localName + ' ' + element.textContent.trim() + ' ' + [box.x, box.y, box.width, box.height].map(Math.round).join(',');
  });
requestAnimationFrame(look);
</script>`;

interface FirstFrame {
  html: string;
  shown: string[];
}

async function firstAndWhole(attributes: string, width: number) {
  const page = await loadPage(`<main><h1>Ads</h1></main>${scriptTag(attributes)}`, { head: FIRST_FRAME_RECORDER, width, height: 700 });
  const banner = await bannerOf(page);
  const win = page.window as unknown as { __first: FirstFrame | null; __shown: (root: ShadowRoot) => string[] };
  return { first: win.__first!, whole: { html: shadow(banner).innerHTML, shown: win.__shown(shadow(banner)) } };
}

describe('the first frame the banner gets', () => {
  freshPagesEachTest();

  for (const [name, attributes, width] of [
    ['a phone, English witness bar', 'data-lang="en"', 375],
    ['a desktop, French', 'data-lang="fr"', 1024],
    ['a young reader in Dutch with an operator form', 'data-lang="nl" data-audience="youth" data-report-url="https://example.org/report"', 375],
    ['a corner card in German', 'data-lang="de" data-variant="corner"', 1024],
    ['a client in French on a phone', 'data-lang="fr" data-audience="client"', 375],
  ] as const) {
    it(`paints the folded notice exactly as the whole notice shows it folded (${name})`, async () => {
      const { first, whole } = await firstAndWhole(attributes, width);
      expect(first, 'the banner was drawn').to.not.equal(null);
      expect(first.shown.length).to.be.greaterThan(3);
      expect(first.shown).to.deep.equal(whole.shown);
      // What the folded notice hides (contacts' names and notes, the lines under the message)
      // is rendered only after that frame.
      expect(first.html.length).to.be.lessThan(whole.html.length);
    });
  }

  it('renders the check panel only after the notice itself', async () => {
    const { first, whole } = await firstAndWhole('data-lang="en" data-check', 1024);
    expect(first.html).to.not.contain('part="check"');
    expect(whole.html).to.contain('part="check"');
  });

  it('shows a modal whole in its first frame, check panel aside', async () => {
    const { first, whole } = await firstAndWhole('data-lang="en" data-variant="modal"', 1024);
    expect(first.shown).to.deep.equal(whole.shown);
  });
});
