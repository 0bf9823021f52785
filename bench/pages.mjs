/**
 * The benchmark's pages: one host page, alone and with three notices that say the same thing in
 * English (the texts and contacts the banner composes, from the built `report-banner/facts`).
 */
import i18next from 'i18next';
import { readFileSync } from 'node:fs';
import { TRANSLATIONS, contactText, contactsFor, linesOf } from 'report-banner/facts';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root));
/** The banner under test: the build, or another one to compare (`BENCH_BUNDLE=path/to/report-banner.js`). */
const BUNDLE = process.env.BENCH_BUNDLE ? readFileSync(process.env.BENCH_BUNDLE) : read('dist/report-banner.js');
/** A build to measure beside it (`BENCH_COMPARE=path/to/report-banner.js`), say the one before a change. */
const COMPARE = process.env.BENCH_COMPARE ? readFileSync(process.env.BENCH_COMPARE) : undefined;
/** English as the banner translates it (English holds every key, so no fallback is needed). */
const translations = i18next.createInstance();
translations.init({ resources: { en: { translation: TRANSLATIONS.en } }, lng: 'en', initAsync: false, interpolation: { escapeValue: false } });
const t = translations.getFixedT('en');
const LANGUAGE_NAMES = ['Nederlands', 'Français', 'Deutsch', 'English'];

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The banner's default wording: title, message, and each contact with its labelled links. */
export const NOTICE = {
  label: t('label'),
  title: t('witness.title'),
  message: [t('witness.message'), ...linesOf('witness', t)].join(' '),
  contacts: contactsFor('en', 'witness', 'bar-unfolded').map((contact) => {
    const { name, note, links } = contactText(contact, t, 'en');
    return { name, description: note, links: links.map((link) => ({ href: link.href, text: link.label })) };
  }),
};

const contactsHtml = NOTICE.contacts
  .map(
    (contact) =>
      `<li><span><b>${escape(contact.name)}</b> ${escape(contact.description)}</span> ` +
      contact.links.map((link) => `<a href="${escape(link.href)}">${escape(link.text)}</a>`).join(' ') +
      '</li>',
  )
  .join('');

/** Host content with an obvious LCP candidate (the lead paragraph) that no notice should beat. */
const HOST = `<header class="site">Listings</header>
<main>
<h1>Escort and massage ads</h1>
<p class="lead">${'Browse the latest ads in your region, sorted by date and town. '.repeat(12)}</p>
${Array.from({ length: 12 }, (_, i) => `<article><h2>Ad ${i + 1}</h2><p>${'Short description of the ad. '.repeat(6)}</p></article>`).join('\n')}
</main>`;

const HOST_CSS = `body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#222}
.site{height:56px;padding:16px;background:#333;color:#fff;box-sizing:border-box}
main{max-width:960px;margin:auto;padding:16px}.lead{font-size:20px}
article{border-bottom:1px solid #ddd;padding:8px 0}`;

/** The physical limit: the same notice as plain HTML and CSS, no script at all. */
const STATIC_CSS = `#notice{position:fixed;inset-inline:0;bottom:0;z-index:2147483000;max-height:70vh;overflow-y:auto;
background:#fff;color:#1a1f2b;border-top:4px solid #1f5f99;box-shadow:0 2px 12px rgb(0 0 0/.18);font:16px/1.5 system-ui,sans-serif}
#notice .in{display:grid;grid-template-columns:minmax(0,1fr) auto;gap:4px 24px;max-width:1120px;margin:auto;padding:12px 20px 16px}
#notice h2{margin:0;font-size:1.125em}#notice p{grid-column:1/-1;margin:0;max-width:80ch}
#notice ul{grid-column:1/-1;display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,320px),1fr));gap:8px 32px;margin:8px 0 0;padding:0;list-style:none;font-size:.9375em;color:#4a5261}
#notice li{display:flex;flex-direction:column}#notice b{color:#1a1f2b}#notice a{color:#1f5f99;font-weight:600;margin-right:16px}
#notice button{font:inherit;font-size:.875em;border:1px solid #c5ceda;border-radius:8px;background:#fff;min-height:32px}`;
export const STATIC_NOTICE = `<style>${STATIC_CSS}</style><section id="notice" aria-label="${escape(NOTICE.label)}"><div class="in">
<h2>${escape(NOTICE.title)}</h2><div>${LANGUAGE_NAMES.map((name) => `<button>${name}</button>`).join(' ')} <button aria-label="${escape(t('close'))}">×</button></div>
<p>${escape(NOTICE.message)}</p><ul aria-label="${escape(t('contacts'))}">${contactsHtml}</ul></div></section>`;

/** The peer: vanilla-cookieconsent 3 as a bottom bar with one "I understand" button. */
const PEER_CONFIG = `CookieConsent.run(${JSON.stringify({
  // By default it stays hidden from headless browsers, which the benchmark is.
  hideFromBots: false,
  guiOptions: { consentModal: { layout: 'bar', position: 'bottom' } },
  categories: { necessary: { enabled: true, readOnly: true } },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          label: NOTICE.label,
          title: NOTICE.title,
          description: `${escape(NOTICE.message)}<ul>${contactsHtml}</ul>`,
          acceptAllBtn: t('acknowledge'),
        },
        preferencesModal: { sections: [] },
      },
    },
  },
})});`;

const page = (head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  `<title>Ads</title><style>${HOST_CSS}</style>${head}</head><body>${body}</body></html>`;

const PEER_DIR = 'node_modules/vanilla-cookieconsent/dist/';

/**
 * Each page: its HTML, the files it loads, what the notice costs in bytes (`notice`: the files
 * or inline text that only the notice needs) and the path of selectors to the notice's box, each
 * step looking inside the previous element's shadow root.
 */
export const PAGES = {
  none: { html: page('', HOST), files: {}, notice: [], selector: null },
  static: { html: page('', STATIC_NOTICE + HOST), files: {}, notice: [['inline HTML+CSS', Buffer.from(STATIC_NOTICE)]], selector: ['#notice'] },
  ours: {
    html: page('', `${HOST}<script src="/report-banner.js" defer></script>`),
    files: { '/report-banner.js': BUNDLE },
    notice: [['report-banner.js', BUNDLE]],
    selector: ['report-banner', '[part~="banner"]'],
  },
  // Another build of the banner in the same run, taking turns with the others: before and after.
  ...(COMPARE && {
    compare: {
      html: page('', `${HOST}<script src="/report-banner-compare.js" defer></script>`),
      files: { '/report-banner-compare.js': COMPARE },
      notice: [['report-banner.js', COMPARE]],
      selector: ['report-banner', '[part~="banner"]'],
    },
  }),
  peer: {
    html: page(
      '<link rel="stylesheet" href="/cookieconsent.css">',
      `${HOST}<script src="/cookieconsent.umd.js" defer></script><script src="/peer-config.js" defer></script>`,
    ),
    files: {
      '/cookieconsent.css': read(`${PEER_DIR}cookieconsent.css`),
      '/cookieconsent.umd.js': read(`${PEER_DIR}cookieconsent.umd.js`),
      '/peer-config.js': Buffer.from(PEER_CONFIG),
    },
    notice: [
      ['cookieconsent.umd.js', read(`${PEER_DIR}cookieconsent.umd.js`)],
      ['cookieconsent.css', read(`${PEER_DIR}cookieconsent.css`)],
      ['config with the text', Buffer.from(PEER_CONFIG)],
    ],
    selector: ['#cc-main .cm'],
  },
};
