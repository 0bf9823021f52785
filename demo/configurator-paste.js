// "Paste your existing tag": reads the options of a tag someone already runs, so the form can
// start from it. The text is parsed by DOMParser into a document of its own, which has no
// browsing context: nothing in it runs or loads, and nothing of it reaches this page.
// Through the package door `report-banner/schema` (built to dist/esm/schema.js).
import { checkText, suggestOption } from '../dist/esm/schema.js';

/** Quotes a word processor or e-mail puts in place of straight ones. */
const TYPOGRAPHIC_QUOTES = /[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a]/g;

/** Attributes of a script tag that are not options; the configurator writes its own. */
const SCRIPT_ATTRIBUTES = ['src', 'integrity', 'crossorigin', 'defer', 'async', 'type', 'id', 'nonce', 'referrerpolicy'];

/**
 * @typedef {[name: string, value: string]} Attribute
 * @typedef {{ src?: string, attributes: Attribute[], problems: string[] }} PastedTag
 */

/**
 * The options of the first `<report-banner>` in `text` (the banner a page with one shows), else
 * those of its first script tag, and the script's address.
 * @param {string} text
 * @param {readonly string[]} options the `data-*` names the form has fields for
 * @returns {PastedTag | undefined} undefined when `text` holds neither
 */
export function readTag(text, options) {
  const parsed = new DOMParser().parseFromString(text, 'text/html');
  const script = parsed.querySelector('script[src]') ?? parsed.querySelector('script');
  const source = parsed.querySelector('report-banner') ?? script;
  if (!source) return undefined;
  /** @type {string[]} */
  const problems = [];
  /** @type {Attribute[]} */
  const attributes = [];
  for (const { name, value } of source.attributes) {
    if (options.includes(name)) {
      attributes.push([name, value]);
      // The banner's own check for values pasted from a word processor or cut by an apostrophe.
      if (/^data-(age-)?(title|message)/.test(name)) checkText(name, value, (message) => problems.push(message));
    } else if (name === 'type' && value.trim().toLowerCase() === 'module') {
      problems.push('type="module" makes the banner ignore every data-* option; the tag below is a classic script, which reads them.');
    } else if (name === 'data-check') {
      problems.push('data-check shows the check panel to every visitor; the tag below leaves it out. To check a live page, open it with ?report-banner=check in the address and read the browser’s console.');
    } else if (name.startsWith('data-')) {
      const meant = suggestOption(name, [...options, 'data-check']);
      problems.push(
        meant
          ? `${name} is not an option; did you mean ${meant}? The tag below leaves it out.`
          : `${name} is not a report-banner option, so the tag below leaves it out; copy it over if your site needs it.`,
      );
    } else if (!SCRIPT_ATTRIBUTES.includes(name)) {
      problems.push(`${name} is not a report-banner option; the tag below leaves it out.`);
    }
  }
  let src = script?.getAttribute('src') ?? undefined;
  // src=“/report-banner.js” is not quoted to HTML: the quotes become part of the address, and the
  // browser asks the server for a file that does not exist. Name them, as the banner does.
  const quotes = src?.match(TYPOGRAPHIC_QUOTES);
  if (src && quotes) {
    problems.push(`src=${JSON.stringify(src)} has typographic quotes (${[...new Set(quotes)].join(' ')}); HTML needs straight ones ("). The form holds the address without them.`);
    src = src.replace(TYPOGRAPHIC_QUOTES, '');
  }
  return { src, attributes, problems };
}
