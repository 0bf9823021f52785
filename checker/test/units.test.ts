/** The checker's pure parts: contrast, pixels, languages, scheduling, arguments, browser discovery, verdicts, links, output files. */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRANSLATIONS } from 'report-banner/facts';
import { normaliseUrl, parseArguments, urlsInFile } from '../src/args.js';
import { findBrowser, profileParent } from '../src/browser.js';
import { contrastRatio, flatten } from '../src/colour.js';
import { FatalError, UsageError } from '../src/errors.js';
import { GATE_PATTERNS, NOT_ADULT } from '../src/gates.js';
import { checkLink, checkLinks } from '../src/links.js';
import type { BannerProbe, PartProbe, ProbeResult, TextSample } from '../src/probe.js';
import { prepareFolder, recordFiles } from '../src/output-files.js';
import { detectLanguage } from '../src/page-language.js';
import { PROBLEMS, type ProblemCode } from '../src/problems.js';
import { measuredContrast, type Bitmap } from '../src/pixels.js';
import { textDifference } from '../src/reference.js';
import { formatCsv } from '../src/report.js';
import { MAX_REFERENCE_DIFFERENCE, UNDER_18 } from '../src/requirements.js';
import { RULES, splitNotes, withRules } from '../src/rules.js';
import { forEachPolitely } from '../src/schedule.js';
import { ageCheckNote, contactFindings, expectationFindings, lostSight, mergeViewports } from '../src/verdict.js';
import { isOwnWording } from '../src/wording.js';
import { startServer, type FixtureServer } from './server.js';

const { nl, fr, de, en } = TRANSLATIONS;

describe('contrast', () => {
  it('follows WCAG 2: black on white is 21:1, white on white 1:1', () => {
    expect(contrastRatio([0, 0, 0, 1], [[255, 255, 255, 1]])).toBe(21);
    expect(contrastRatio([255, 255, 255, 1], [[255, 255, 255, 1]])).toBe(1);
    expect(contrastRatio([118, 118, 118, 1], [])).toBe(4.54);
  });

  it('stacks translucent backgrounds on white and fades text with opacity', () => {
    expect(flatten([[0, 0, 0, 0.5]])).toEqual([127.5, 127.5, 127.5, 1]);
    expect(flatten([[10, 20, 30, 1], [255, 0, 0, 1]])).toEqual([10, 20, 30, 1]);
    expect(contrastRatio([0, 0, 0, 1], [[255, 255, 255, 1]], 0.3)).toBeLessThan(4.5);
  });
});

describe('forEachPolitely', () => {
  it('keeps within the concurrency and one page per host', async () => {
    const items = ['a/1', 'a/2', 'a/3', 'b/1', 'b/2', 'c/1'];
    let running = 0;
    let peak = 0;
    const perHost = new Map<string, number>();
    const order: string[] = [];
    await forEachPolitely(items, { concurrency: 2, perHost: 1, hostOf: (item) => item.split('/')[0] }, async (item) => {
      const host = item.split('/')[0];
      running += 1;
      peak = Math.max(peak, running);
      perHost.set(host, (perHost.get(host) ?? 0) + 1);
      expect(perHost.get(host)).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 5));
      perHost.set(host, perHost.get(host)! - 1);
      running -= 1;
      order.push(item);
    });
    expect(peak).toBe(2);
    expect(order.sort()).toEqual([...items].sort());
  });

  it('finishes at once for an empty list', async () => {
    await expect(forEachPolitely([], { concurrency: 2, perHost: 1, hostOf: String }, async () => undefined)).resolves.toBeUndefined();
  });
});

describe('arguments', () => {
  it('reads options with their defaults', async () => {
    expect(await parseArguments(['check', 'example.be'])).toEqual({
      help: false,
      urls: ['https://example.be/'],
      json: false,
      ndjson: false,
      anyBanner: false,
      checkLinks: false,
      screenshots: undefined,
      report: undefined,
      csv: undefined,
      click: [],
      concurrency: 2,
      perHost: 1,
      timeout: 30_000,
      wait: 10_000,
      recheck: 5_000,
    });
    const gated = await parseArguments(['check', '--click', '#enter', '--click', '.accept', '--wait', '0', '--recheck', '1.5', '--expect-contacts', 'childfocus, 1712', '--expect-language', 'FR', 'a.be']);
    expect(gated).toMatchObject({ click: ['#enter', '.accept'], wait: 0, recheck: 1500, expectContacts: ['childfocus', '1712'], expectLanguage: 'fr' });
    await expect(parseArguments(['check', '--expect-contacts', 'childfocus,foo', 'a.be'])).rejects.toThrow(/unknown: foo/);
    await expect(parseArguments(['check', '--expect-language', 'es', 'a.be'])).rejects.toThrow(/--expect-language must be nl, fr, de or en/);
    await expect(parseArguments(['check', '--recheck', 'soon', 'a.be'])).rejects.toThrow(/--recheck must be a number of seconds/);
    expect(await parseArguments(['check', '--ndjson', 'a.be'])).toMatchObject({ ndjson: true, json: false });
    await expect(parseArguments(['check', '--ndjson', '--json', 'a.be'])).rejects.toThrow(/--json and --ndjson .* choose one/);
    const args = await parseArguments(['check', '--json', '--timeout', '2.5', '--concurrency', '4', 'http://a.be/', 'http://a.be/']);
    expect(args).toMatchObject({ json: true, timeout: 2500, concurrency: 4, urls: ['http://a.be/'] });
  });

  it('reads URL lists with comments and blank lines', () => {
    expect(urlsInFile('https://a.be/\n\n# a comment\nhttps://b.be/#top  # the home page\r\n')).toEqual(['https://a.be/', 'https://b.be/#top']);
  });

  it('rejects what is not an http(s) URL as a usage error', async () => {
    expect(() => normaliseUrl('mailto:x@y.be')).toThrow(UsageError);
    expect(() => normaliseUrl('http://')).toThrow(UsageError);
    await expect(parseArguments(['check', '--timeout', 'soon', 'a.be'])).rejects.toThrow('--timeout must be a positive number');
  });
});

describe('findBrowser', () => {
  it('takes CHROME_PATH when it is executable and refuses it otherwise', () => {
    expect(findBrowser({ CHROME_PATH: '/opt/chrome' }, (path) => path === '/opt/chrome')).toBe('/opt/chrome');
    expect(() => findBrowser({ CHROME_PATH: '/opt/chrome' }, () => false)).toThrow(FatalError);
  });

  it('keeps the profile where Chromium\'s socket path fits, in the temporary folder asked for when it can', () => {
    expect(profileParent('/tmp/report-banner-temp-abcdef', 'linux')).toBe('/tmp/report-banner-temp-abcdef');
    const long = '/var/folders/zz/zyxvpxvq6csfxvn_n0000000000000/T';
    expect(profileParent(long, 'darwin')).toBe('/tmp');
    expect(profileParent(`${long}/more`, 'win32')).toBe(`${long}/more`);
  });

  it('tries the usual paths in order and explains when none exists', () => {
    expect(findBrowser({}, (path) => path === '/usr/bin/google-chrome' || path === '/snap/bin/chromium')).toBe('/usr/bin/google-chrome');
    expect(() => findBrowser({}, () => false)).toThrow(/No Chromium or Chrome found.*CHROME_PATH/);
  });
});

const sample = (overrides: Partial<TextSample> = {}): TextSample => ({
  text: 'Meld het',
  link: false,
  fontSize: 16,
  color: [26, 31, 43, 1],
  backgrounds: [[255, 255, 255, 1]],
  backgroundImage: false,
  rect: { x: 0, y: 700, width: 100, height: 20 },
  inViewport: 1,
  visible: 1,
  visibleRect: { x: 0, y: 700, width: 100, height: 20 },
  ...overrides,
});
const links: BannerProbe['links'] = [
  { href: 'tel:116000', text: '116 000' },
  { href: 'https://www.stopchildporno.be/', text: 'Meld beelden anoniem' },
  { href: 'https://1712.be/', text: 'Website van 1712' },
];
const probe = (banner: Partial<BannerProbe> | null, pageLanguage = 'nl-BE'): ProbeResult => ({
  pageLanguage,
  viewport: { width: 375, height: 667 },
  elements: banner ? 1 : 0,
  banner: banner && {
    kind: 'report-banner',
    language: 'nl',
    rect: { x: 0, y: 400, width: 375, height: 267 },
    hidden: false,
    opacity: 1,
    links,
    samples: [sample()],
    title: nl.witness.title,
    message: null,
    text: nl.witness.title,
    ...banner,
  },
  banners: [],
  pageText: '',
});
const codes = (result: ProbeResult, anyBanner = false) => mergeViewports([{ name: 'mobile', probe: result }], anyBanner).map((p) => p.code);

describe('verdicts', () => {
  it('finds nothing wrong with a visible banner in the page language', () => {
    expect(codes(probe({}))).toEqual([]);
    // A page in a language the banner does not speak is not held to one.
    expect(codes(probe({ language: 'en' }, 'es'))).toEqual([]);
  });

  it('names partial clipping and the element on top', () => {
    expect(codes(probe({ samples: [sample(), sample({ visible: 0.5 })] }))).toEqual(['banner-clipped']);
    const wall = sample({ coveredBy: 'div#cookie-wall', coveredByText: 'We use cookies' });
    const [covered] = mergeViewports([{ name: 'desktop', probe: probe({ samples: [wall, sample({ text: '1712', coveredBy: 'div.shade' })] }) }], false);
    expect(covered).toMatchObject({ code: 'banner-covered', viewports: ['desktop'] });
    expect(covered.message).toBe('Something else on the page lies on top of the banner: a part reading "We use cookies" covers "Meld het"; a layer without text covers "1712".');
  });

  it('says whether a static notice was looked for', () => {
    const [plain] = mergeViewports([{ name: 'desktop', probe: probe(null) }], false);
    const [any] = mergeViewports([{ name: 'desktop', probe: probe(null) }], true);
    expect(plain.message).not.toContain('nor a notice');
    expect(any.message).toContain('nor a notice linking to Child Focus and 1712');
  });

  it('accepts the reporting point, 1712 by phone or site, and subdomains; the Child Focus site is not a report', () => {
    expect(contactFindings(links)).toEqual([]);
    expect(contactFindings([{ href: 'https://report.stopchildporno.be/x', text: '' }, { href: 'tel:1712', text: '' }])).toEqual([]);
    expect(contactFindings([{ href: 'https://childfocus.be/fr', text: '' }, { href: 'tel:1712', text: '' }]).map((f) => f.code)).toEqual([
      'contact-report-missing',
    ]);
    const lookalikes = [
      { href: 'https://fake-childfocus.be/', text: '' },
      { href: 'https://1712.be.example/', text: '' },
    ];
    expect(contactFindings(lookalikes).map((finding) => finding.code)).toEqual([
      'contact-report-missing',
      'contact-1712-missing',
      'contact-phone-missing',
      'report-diverted',
    ]);
  });

  it('reports a link to a domain of none of the listed services as a diverted report', () => {
    const [diverted] = contactFindings([...links, { href: 'https://operator.example/report', text: 'Meld het: operator.example' }]);
    expect(diverted).toMatchObject({ code: 'report-diverted' });
    expect(diverted.message).toContain('operator.example');
  });

  it('names the parts a page hides, covers or adds words to, once per kind, and none of a banner out of sight', () => {
    const parts: PartProbe[] = [
      { part: 'title', text: nl.witness.title, hidden: 'transparent' },
      { part: 'link', text: 'Bel 1712', hidden: 'hidden' },
      { part: 'minor', text: nl.ageCheck.minor, hidden: 'cut-off' },
      { part: 'close', text: nl.close, coveredBy: 'a', coveredByText: undefined },
      { part: 'message', text: 'Wordt hier…', coveredBy: 'div.ad', coveredByText: 'Nieuwe modellen' },
      { part: 'title', text: nl.witness.title, added: '(all models verified 18+)' },
      { part: 'contacts', text: '', hidden: 'no-size' },
    ];
    const [hidden, covered, added] = mergeViewports([{ name: 'mobile', probe: probe({ parts }) }], false);
    expect(hidden).toMatchObject({ code: 'part-hidden', viewports: ['mobile'] });
    expect(hidden.message).toBe(
      `The banner shows these parts, but the page's styles keep them from a visitor: the title (transparent); the link "Bel 1712" (hidden); the age check's choice "${nl.ageCheck.minor}" (cut off); the list of contacts (no size).`,
    );
    expect(covered.code).toBe('part-covered');
    expect(covered.message).toBe(
      `Something else on the page lies on top of parts of the notice: a layer without text covers the button "${nl.close}"; a part reading "Nieuwe modellen" covers the message.`,
    );
    expect(added.message).toBe(`The page's styles add words the banner does not say: "(all models verified 18+)" to the title.`);
    expect(withRules([hidden, covered, added]).map((problem) => problem.rule)).toEqual(['notice-parts', 'notice-parts', 'notice-parts']);
    expect(codes(probe({ parts: [] }))).toEqual([]);
    // A banner a visitor does not see at all is reported once, not part by part.
    expect(codes(probe({ parts, hidden: true }))).toEqual(['banner-hidden']);
    expect(codes(probe({ parts, opacity: 0 }))).toEqual(['banner-transparent']);
  });

  it('counts text only inside a squeezed scroll area of the banner as clipped', () => {
    const roomy = sample({ inBannerScroll: true, scrollAreaHeight: 360 });
    const squeezed = sample({ inBannerScroll: true, scrollAreaHeight: 44 });
    expect(codes(probe({ samples: [roomy] }))).toEqual([]);
    expect(codes(probe({ samples: [squeezed] }))).toEqual(['banner-clipped']);
  });

  it('reports text the screenshot shows washed out, unless styles already explain it', () => {
    expect(codes(probe({ samples: [sample({ measuredContrast: 9 })] }))).toEqual([]);
    expect(codes(probe({ samples: [sample({ measuredContrast: 1.3 })] }))).toEqual(['text-unreadable']);
    expect(codes(probe({ samples: [sample({ measuredContrast: 1.3, color: [250, 250, 250, 1] })] }))).toEqual(['low-contrast']);
    expect(codes(probe({ samples: [sample({ text: '·', measuredContrast: 2.1 })] }))).toEqual([]);
  });

  it("judges a site's own wording on saying that it is about people under 18, and only notes that it is its own", () => {
    expect(codes(probe({ title: 'Welkom op onze site' }))).toEqual(['custom-wording', 'notice-text-missing']);
    expect(codes(probe({ title: 'Seks met minderjarigen is een misdrijf' }))).toEqual(['custom-wording']);
    expect(codes(probe({ title: 'Attention', message: "Quelqu'un de moins de 18\u00a0ans proposé ici ? Signalez-le." }))).toEqual(['custom-wording']);
    // "Kinderen" alone leaves 16 and 17 open.
    expect(codes(probe({ title: 'Bescherm kinderen' }))).toEqual(['custom-wording', 'notice-text-missing']);
    const { problems, notes } = splitNotes(mergeViewports([{ name: 'mobile', probe: probe({ title: 'Bescherm kinderen' }) }], false));
    expect(withRules(problems).map(({ code, rule }) => ({ code, rule }))).toEqual([{ code: 'notice-text-missing', rule: 'notice-wording' }]);
    expect(notes.map((note) => note.code)).toEqual(['custom-wording']);
    const bare = { kind: 'static' as const, title: null, text: 'stopchildporno.be · 116 000 · 1712', links };
    expect(codes(probe(bare), true)).toEqual(['notice-text-missing']);
    const worded = { ...bare, text: 'Minderjarigen seksueel uitbuiten is een misdrijf. Meld het: stopchildporno.be · 116 000 · 1712' };
    expect(codes(probe(worded), true)).toEqual([]);
  });

  it("finds the banner's own titles and messages saying that they are about people under 18, in every language", () => {
    for (const locale of Object.values(TRANSLATIONS)) {
      for (const texts of [locale.witness, locale.client]) expect(`${texts.title} ${texts.message}`).toMatch(UNDER_18);
    }
  });

  it('names the rule of every finding: the standard, or what the inspector asked for', () => {
    const seen = withRules([
      ...mergeViewports([{ name: 'mobile', probe: probe({ language: 'fr', links: [] }) }], false),
      ...expectationFindings([{ name: 'mobile', probe: probe({}) }], { expectLanguage: 'fr', expectContacts: ['childfocus'] }),
    ]);
    expect(seen.map(({ code, rule }) => `${code} ${rule}`)).toEqual([
      'wrong-language notice-language',
      'contact-report-missing notice-contacts',
      'contact-1712-missing notice-contacts',
      'contact-phone-missing notice-contacts',
      'contacts-unexpected expect-contacts',
      'wrong-language expect-language',
    ]);
    for (const code of Object.keys(PROBLEMS)) expect(withRules([{ code: code as ProblemCode, message: '' }])[0].rule, code).toMatch(/^[a-z-]+$/);
  });

  it('requires 1712 unless --expect-contacts names the agreed services', () => {
    const without1712 = links.filter((link) => !link.href.includes('1712'));
    expect(contactFindings(without1712).map((finding) => finding.code)).toEqual(['contact-1712-missing']);
    expect(contactFindings(without1712, ['childfocus'])).toEqual([]);
  });

  it('holds the banner to the language of the page text over <html lang>', () => {
    const merged = mergeViewports([{ name: 'mobile', probe: probe({ language: 'fr' }, 'fr'), textLanguage: 'nl' }], false);
    expect(merged.map((p) => p.code)).toEqual(['wrong-language']);
    expect(merged[0].message).toContain('in Dutch');
  });

  it('reports a banner lost on the second look, and what was agreed', () => {
    expect(lostSight(probe({ hidden: true }), false)).toBe(true);
    expect(lostSight(probe({}), false)).toBe(false);
    const later = mergeViewports([{ name: 'desktop', probe: probe({}), lost: 'after scrolling down and back up' }], false);
    expect(later.map((p) => p.code)).toEqual(['banner-not-persistent']);
    const agreed = expectationFindings([{ name: 'desktop', probe: probe({}) }], { expectContacts: ['childfocus', '103'], expectLanguage: 'fr' });
    expect(agreed.map((p) => p.code)).toEqual(['contacts-unexpected', 'wrong-language']);
    expect(agreed[0].message).toContain('missing 103; not agreed 1712');
    expect(expectationFindings([{ name: 'desktop', probe: probe({}) }], { expectContacts: ['childfocus', '1712'], expectLanguage: 'nl' })).toEqual([]);
  });
});

describe('pixels and languages', () => {
  const bitmap = (paint: (x: number, y: number) => number): Bitmap => {
    const width = 40;
    const height = 10;
    const data = new Uint8Array(width * height * 4);
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        const value = paint(x, y);
        data.set([value, value, value, 255], (y * width + x) * 4);
      }
    }
    return { width, height, data };
  };
  const box = { x: 0, y: 0, width: 40, height: 10 };

  it('measures dark strokes on white as high contrast and a washed-out copy as low', () => {
    const stroke = (x: number) => x % 4 === 0;
    expect(measuredContrast(bitmap((x) => (stroke(x) ? 0 : 255)), box)).toBe(21);
    expect(measuredContrast(bitmap((x) => (stroke(x) ? 200 : 230)), box)).toBeLessThan(1.5);
    expect(measuredContrast(bitmap(() => 255), box)).toBe(1);
    expect(measuredContrast(bitmap(() => 255), { x: 50, y: 0, width: 10, height: 10 })).toBeUndefined();
  });

  it('names the language of a text long enough to tell, and nothing for a few words', () => {
    const dutch = 'Op deze website vind je advertenties van mensen uit heel Vlaanderen. Lees de voorwaarden voordat je een bericht plaatst en neem contact op met de beheerder.';
    const french = 'Sur ce site vous trouverez des annonces de personnes de toute la Wallonie. Lisez les conditions avant de publier un message et contactez l’administrateur.';
    expect(detectLanguage(dutch)).toBe('nl');
    expect(detectLanguage(french)).toBe('fr');
    expect(detectLanguage('A mock listing page.')).toBeUndefined();
  });

  it('knows the banner\'s own translations', () => {
    expect(isOwnWording(nl.witness.title.replace(' ', '  '))).toBe(true);
    // A message in paragraphs, as the page's text runs them together.
    expect(isOwnWording(nl.client.message.replaceAll('\n', ''))).toBe(true);
    expect(isOwnWording('Welkom op onze site')).toBe(false);
  });
});

/** CSS selectors a reader should never have to decode: `div#id`, `span.class`, `#id`, combinators, attribute tests, a bare tag after "under". */
const TAGS = 'div|span|p|a|section|aside|header|footer|main|nav|button|iframe|dialog|ul|ol|li|img|form|body|html|h[1-6]|article|figure|label|input|svg|canvas';
const SELECTOR_LIKE = new RegExp(
  `\\b(${TAGS})[#.][a-z_][\\w-]*|(^|\\s)[#.][a-z_-][\\w-]*|\\s[>~+]\\s[a-z]|\\[[a-z-]+[\\]=~^$*|]|\\bunder (${TAGS})\\b(?! [a-z])`,
  'i',
);

describe('messages', () => {
  it('recognises selector-like text', () => {
    for (const text of ['under div#age-gate', 'under p', 'div.overlay > span', '.shade', '#gate', 'a[href]', 'span.x']) expect(text).toMatch(SELECTOR_LIKE);
    for (const text of ['No link to stopchildporno.be.', 'under a part reading "Ja"', 'tel:1712', 'Text under 12 px', 'a 375×667 viewport']) {
      expect(text).not.toMatch(SELECTOR_LIKE);
    }
  });

  it('say what a visitor sees and never name a CSS selector, whatever covers or hides the banner', () => {
    const selectors = { coveredBy: 'div#age-gate.overlay', coveredByText: 'Ben je 18?' };
    const probes = [
      probe(null),
      { ...probe(null), elements: 1 },
      probe({ hidden: true }),
      probe({ opacity: 0 }),
      probe({ rect: { x: 0, y: 900, width: 375, height: 200 }, samples: [sample({ inViewport: 0 })] }),
      probe({ samples: [sample(selectors), sample({ coveredBy: 'p' }), sample({ visible: 0.3 }), sample({ inBannerScroll: true, scrollAreaHeight: 30 })] }),
      probe({ samples: [sample({ fontSize: 9, color: [200, 200, 200, 1] }), sample({ measuredContrast: 1.2 })] }),
      probe({ language: 'fr', title: 'Welkom', links: [{ href: 'https://operator.example/', text: 'Meld' }] }, 'nl'),
      probe({ kind: 'static', title: null, text: '1712' }),
    ];
    const messages = [
      ...Object.values(PROBLEMS),
      ...probes.flatMap((result) =>
        mergeViewports([{ name: 'desktop', probe: result, lost: 'after scrolling down and back up', reference: { compared: true, difference: 0.9 } }], true),
      ).map((problem) => problem.message),
      ...expectationFindings([{ name: 'desktop', probe: probe({}) }], { expectContacts: ['103'], expectLanguage: 'fr' }).map((problem) => problem.message),
    ];
    expect(messages.length).toBeGreaterThan(40);
    for (const message of messages) {
      expect(message).not.toMatch(SELECTOR_LIKE);
      expect(message).not.toContain(selectors.coveredBy);
    }
  });
});

describe('gates', () => {
  const minor = new RegExp(NOT_ADULT, 'iu');
  const adult = GATE_PATTERNS.filter(({ reason }) => reason === 'age').map(({ pattern }) => new RegExp(pattern, 'iu'));

  it('takes an adult\'s choice for the way in and never an under-18 one, in the banner\'s own words too', () => {
    for (const locale of [nl, fr, de, en]) {
      expect(adult.some((pattern) => pattern.test(locale.ageCheck.adult)), locale.ageCheck.adult).toBe(true);
      expect(minor.test(locale.ageCheck.adult), locale.ageCheck.adult).toBe(false);
      expect(minor.test(locale.ageCheck.minor), locale.ageCheck.minor).toBe(true);
    }
    for (const text of ['Ik ben jonger dan 18', "J'ai moins de 18 ans", 'Ich bin unter 18', 'I am under 18', 'Not 18 yet']) {
      expect(minor.test(text), text).toBe(true);
    }
    for (const text of ['Ik ben 18+', 'I am over 18', 'Enter', 'Ik ben 18 jaar of ouder']) expect(minor.test(text), text).toBe(false);
  });

  it('notes a notice on report-banner\'s age-check entry and what follows an adult\'s answer', () => {
    expect(ageCheckNote(undefined)).toMatch(/^The notice is on report-banner's age-check entry.*judged there\.$/);
    expect(ageCheckNote({ adult: 'Ik ben 18 of ouder', afterEntry: 'bar' })).toContain('After "Ik ben 18 of ouder" it stays on the page as a bar.');
    expect(ageCheckNote({ adult: 'I am 18 or older', afterEntry: 'none' })).toContain('no notice stays on the page (data-then="none")');
    expect(ageCheckNote({ adult: 'I am 18 or older', afterEntry: 'bar-out-of-sight' })).toContain('a visitor does not see it');
  });
});

describe('reference rendering', () => {
  /** A white screen with dark text strokes drawn in a box at (x, y), optionally under a veil. */
  const screen = (x: number, y: number, veil = 0): Bitmap => {
    const width = 120;
    const height = 60;
    const data = new Uint8Array(width * height * 4).fill(255);
    for (let row = y; row < y + 10; row += 1) {
      for (let column = x; column < x + 40; column += 1) {
        if ((column - x) % 3 === 0) data.set([26, 31, 43].map((value) => Math.round(value + (255 - value) * veil)), (row * width + column) * 4);
      }
    }
    return { width, height, data };
  };
  const banner = (x: number, y: number): BannerProbe => ({
    ...probe({}).banner!,
    rect: { x, y, width: 40, height: 10 },
    samples: [sample({ visibleRect: { x, y, width: 40, height: 10 } })],
  });

  it('finds no difference between the same banner at two places', () => {
    expect(textDifference(screen(10, 10), screen(60, 40), banner(10, 10), { x: 60, y: 40, width: 40, height: 10 })).toBe(0);
  });

  it('finds most of the text changed under a veil, and nothing to compare at another size or without text', () => {
    const veiled = textDifference(screen(10, 10, 0.4), screen(10, 10), banner(10, 10), { x: 10, y: 10, width: 40, height: 10 });
    expect(veiled).toBeGreaterThan(MAX_REFERENCE_DIFFERENCE);
    expect(textDifference(screen(10, 10), screen(10, 10), banner(10, 10), { x: 10, y: 10, width: 80, height: 10 })).toBeUndefined();
    expect(textDifference(screen(10, 10), screen(10, 10), { ...banner(10, 10), samples: [] }, { x: 10, y: 10, width: 40, height: 10 })).toBeUndefined();
  });

  it('reports a banner that looks altered, over the threshold only', () => {
    const altered = mergeViewports([{ name: 'desktop', probe: probe({}), reference: { compared: true, difference: 0.6 } }], false);
    expect(altered.map((p) => p.code)).toEqual(['banner-altered']);
    expect(altered[0].message).toContain('60% of the pixels of its text look different');
    expect(codes(probe({}))).toEqual([]);
    const clean = mergeViewports([{ name: 'desktop', probe: probe({}), reference: { compared: true, difference: MAX_REFERENCE_DIFFERENCE } }], false);
    expect(clean).toEqual([]);
    expect(mergeViewports([{ name: 'desktop', probe: probe({}), reference: { compared: false, reason: 'The banner is inside a frame.' } }], false)).toEqual([]);
  });
});

describe('documentation', () => {
  it("lists every problem code, note and rule in the checker's README; the main README points to the package", async () => {
    const text = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    for (const code of Object.keys(PROBLEMS)) expect(text, `lists ${code}`).toContain(`| \`${code}\` |`);
    for (const rule of Object.keys(RULES)) expect(text, `lists ${rule}`).toContain(`| \`${rule}\` |`);
    const main = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    expect(main).toContain('**`report-banner-checker`**');
    expect(main).toContain('[checker/README.md](checker/README.md)');
  });
});

describe('output files', () => {
  it('refuses a folder under a file and clears only its own files of the last run', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'report-banner-out-'));
    try {
      await writeFile(join(dir, 'file'), '');
      await expect(prepareFolder('--screenshots', join(dir, 'file', 'shots'))).rejects.toThrow(
        /Cannot write --screenshots .*: a part of that path is a file, not a folder\./,
      );
      const shots = join(dir, 'shots');
      await prepareFolder('--screenshots', shots);
      await writeFile(join(shots, 'old.png'), '');
      await writeFile(join(shots, 'mine.txt'), '');
      await recordFiles(shots, [join(shots, 'old.png')]);
      await prepareFolder('--screenshots', shots);
      expect(await readdir(shots)).toEqual(['mine.txt']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('writes one CSV line per problem, quoting commas', () => {
    const evidence = { checkedAt: '2026-01-01T00:00:00.000Z', loaded: true, redirects: [], viewports: {} };
    const csv = formatCsv([
      { url: 'https://a.be/', compliant: true, problems: [], notes: [], evidence },
      { url: 'https://b.be/', compliant: false, problems: [{ code: 'banner-missing', message: 'No banner, at all.' }], notes: [], evidence },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'url,verdict,final_url,code,viewports,message,checked_at',
      'https://a.be/,PASS,,,,,2026-01-01T00:00:00.000Z',
      'https://b.be/,FAIL,,banner-missing,,"No banner, at all.",2026-01-01T00:00:00.000Z',
      '',
    ]);
  });
});

describe('link checks', { timeout: 20_000 }, () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('passes answering links, retries HEAD refusals with GET and fails error statuses', async () => {
    const paths = ['/links/ok', '/links/no-head', '/links/gone'];
    const checks = await checkLinks([...paths.map((path) => `${server.origin}${path}`), 'tel:1712'], 5000);
    expect(checks.map(({ href, ok, status }) => [new URL(href).pathname, ok, status])).toEqual([
      ['/links/ok', true, 200],
      ['/links/no-head', true, 200],
      ['/links/gone', false, 404],
    ]);
    expect(server.requests.filter((request) => request.endsWith('/links/no-head'))).toEqual(['HEAD /links/no-head', 'GET /links/no-head']);
  });

  it('reports a link that does not answer', async () => {
    const check = await checkLink('http://127.0.0.1:1/', 5000);
    expect(check.ok).toBe(false);
    expect(check.error).toBeTruthy();
  });
});
