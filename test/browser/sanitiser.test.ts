/**
 * The DOMPurify settings SECURITY.md recommends for listing HTML, read from SECURITY.md itself:
 * every attack on the notice tried from listings (CSS, covering boxes, captured ids, a second
 * <report-banner>, named elements, popovers and commands) comes out without its means, and an
 * ordinary listing comes out as it went in. DOMPurify's defaults, for contrast, keep the CSS (a
 * `<style>` after some text: one at the very start goes to the parsed document's head).
 */
import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';

/** The settings object in SECURITY.md's `const LISTING_HTML = { … };`, read as JSON. */
async function recommended(): Promise<Record<string, unknown>> {
  const text = await (await fetch('/SECURITY.md')).text();
  const block = /const LISTING_HTML = (\{[^}]*\});/.exec(text);
  if (!block) throw new Error('SECURITY.md has no `const LISTING_HTML = { … };`');
  return JSON.parse(block[1].replace(/'/g, '"').replace(/([A-Z_]+):/g, '"$1":').replace(/,\s*\}/, '}'));
}

const ATTACKS: Record<string, string> = {
  '::part() rules': '<p>Anna</p><style>report-banner::part(banner) { display: none !important }</style>',
  'the custom properties': '<p>Anna</p><style>html { --report-banner-z-index: -1; --report-banner-color: #fff; --report-banner-background: #fff; --report-banner-font-size: 0px }</style>',
  '::after on the gate’s title': '<p>Anna</p><style>report-banner::part(title)::after { content: " (all models verified 18+)" } report-banner::part(minor) { display: none }</style>',
  'CSS inside SVG': '<svg><style>report-banner::part(banner) { opacity: 0 }</style><rect style="position:fixed" /></svg>',
  'a box over the bar': '<div style="position:fixed;inset:0;z-index:2147483647;background:#fff">Anna</div>',
  'a transparent link over “Report…”': '<a href="https://ads.example/" style="position:fixed;left:0;right:0;bottom:0;height:200px;z-index:2147483647"></a>',
  'a style sheet from elsewhere': '<p>Anna</p><link rel="stylesheet" href="https://ads.example/hide.css">',
  'a copy of the data-target in a closed <details>': '<details><summary>Photos</summary><div id="report-slot"></div></details>',
  'a copy of the data-target in a hidden div': '<div hidden><div id="report-slot"></div></div>',
  'a bare <report-banner>': '<report-banner></report-banner>',
  'a <report-banner> in <div hidden>': '<div hidden><report-banner></report-banner></div>',
  'a <report-banner> with its own addresses': '<report-banner data-variant="age-check" data-exit-url="https://ads.example/" data-report-url="https://ads.example/report"></report-banner>',
  '<iframe name="scheduler">': '<iframe name="scheduler" src="https://ads.example/"></iframe>',
  'named elements against the focus guard': '<img name="addEventListener" src="a.jpg"><img name="removeEventListener" src="a.jpg"><img name="defaultView" src="a.jpg"><form name="addEventListener"></form>',
  'named elements for Lit’s globals and document': '<div id="litHtmlVersions"></div><div id="ShadyCSS"></div><img name="body" src="a.jpg"><img name="currentScript" src="a.jpg"><img name="querySelector" src="a.jpg">',
  'a popover the listing opens': '<button popovertarget="ad" popovertargetaction="show">Photos</button><div id="ad" popover="manual">Anna</div>',
  'a modal the listing opens': '<button commandfor="ad" command="show-modal">Photos</button><dialog id="ad">Anna</dialog><a interestfor="ad" href="https://ads.example/">Anna</a>',
};

/** What none of the attacks may keep: the elements and attributes they act through. */
const FORBIDDEN_ELEMENTS = ['style', 'link', 'report-banner', 'iframe'];
const FORBIDDEN_ATTRIBUTES = ['style', 'popover', 'popovertarget', 'popovertargetaction', 'command', 'commandfor', 'interestfor'];

/** Everything in `html` that an attack could act through, as readable findings. */
function means(html: string): string[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  const found: string[] = [];
  for (const element of template.content.querySelectorAll('*')) {
    const name = element.localName;
    if (FORBIDDEN_ELEMENTS.includes(name) || name.includes('-')) found.push(`<${name}>`);
    for (const attribute of element.getAttributeNames()) {
      if (FORBIDDEN_ATTRIBUTES.includes(attribute)) found.push(`${attribute}=`);
    }
    // An id or name the page or the banner could look up: only a prefixed one is harmless.
    for (const attribute of ['id', 'name']) {
      const value = element.getAttribute(attribute);
      if (value !== null && !value.startsWith('user-content-')) found.push(`${attribute}="${value}"`);
    }
  }
  return found;
}

describe('hostile listings: the recommended DOMPurify settings', () => {
  it('DOMPurify’s defaults keep CSS, ids and names (control)', () => {
    for (const what of ['::part() rules', 'a box over the bar', 'a copy of the data-target in a hidden div', 'named elements for Lit’s globals and document']) {
      expect(means(DOMPurify.sanitize(ATTACKS[what])), what).not.to.deep.equal([]);
    }
  });

  for (const [what, html] of Object.entries(ATTACKS)) {
    it(`remove the means of ${what}`, async () => {
      const settings = await recommended();
      // Control: the attack as written has its means.
      expect(means(html)).not.to.deep.equal([]);
      expect(means(DOMPurify.sanitize(html, settings))).to.deep.equal([]);
    });
  }

  it('keep an ordinary listing as it is', async () => {
    const listing =
      '<h2>Anna, 24</h2><p>Hello, I am <strong>Anna</strong>. <em>Discreet</em> and friendly.<br>Brussels, Ixelles.</p>' +
      '<ul><li>Available evenings</li><li>Speaks Dutch and French</li></ul>' +
      '<img src="https://img.example/anna-1.jpg" alt="Anna at the sea" width="300" height="200">' +
      '<details><summary>Rates</summary><table><tbody><tr><th>1 hour</th><td>150 €</td></tr></tbody></table></details>' +
      '<p><a href="https://example.com/anna">My site</a> · <a href="tel:+32470000000">+32 470 00 00 00</a></p>';
    expect(DOMPurify.sanitize(listing, await recommended())).to.equal(listing);
  });
});
