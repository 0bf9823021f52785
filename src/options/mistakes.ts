/**
 * Mistakes people make while writing the tag by hand or pasting it from an e-mail, each turned
 * into one sentence that says what happened and what to write instead. Pure functions: no DOM,
 * no Lit, so every rule is unit-tested.
 */
import type { Audience } from '../notice/audience.js';
import type { Warn } from '../host/warn.js';

/** Words people reach for instead of ours, too far from them for a typing mistake. */
const SYNONYMS: Readonly<Record<string, string>> = { language: 'lang', text: 'message', tekst: 'message', heading: 'title' };


/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let previous = [...Array(b.length + 1).keys()];
  let before = previous;
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], before[j - 2] + 1);
    }
    [before, previous] = [previous, row];
  }
  return previous[b.length];
}

/**
 * The option (one of `options`, the attributes the banner reads) an unknown `data-*` attribute
 * was probably meant to be, or `undefined` when it is
 * not ours. An attribute is taken for a misspelt option only when its first word is one of the
 * options' first words (or a common other word for one: `language`, `text`, `heading`), or when
 * it is one typing mistake (two for names over four letters) from an option's name. Other
 * tools' attributes (`data-gtm-*`, `data-cfasync`, `data-cookieconsent`, `data-domain`…) are
 * neither, so they are left alone.
 */
export function suggestOption(attribute: string, options: readonly string[]): string | undefined {
  const name = attribute.toLowerCase();
  if (!name.startsWith('data-') || options.includes(name)) return undefined;
  const [, first, ...rest] = name.split(/[-_]/);
  // Cut to a little over the longest option: the edit distance grows with the name's length.
  const meant = [SYNONYMS[first] ?? first, ...rest].join('-').slice(0, 24);
  let best = '';
  let fewest = Infinity;
  for (const option of options) {
    const distance = editDistance(meant, option.slice(5));
    if (distance < fewest) [best, fewest] = [option, distance];
  }
  // Its first word is an option's first word (`lang`, `report`, `title`…).
  const stem = options.some((option) => option.split('-')[1] === first);
  return stem || first in SYNONYMS || fewest <= (meant.length > 4 ? 2 : 1) ? best : undefined;
}

/** How many of an element's attributes are checked for misspelt options, however many a page wrote. */
export const CHECKED_ATTRIBUTES = 64;

/** An attribute's name, cut short enough for a warning. */
const shortName = (name: string) => (name.length > 40 ? `${name.slice(0, 40)}…` : name);

/** One warning for each attribute, of the first {@link CHECKED_ATTRIBUTES}, that looks like a misspelt option. */
export function warnUnknownAttributes(names: Iterable<string>, options: readonly string[], warn: Warn): void {
  let checked = 0;
  for (const name of names) {
    if (checked++ === CHECKED_ATTRIBUTES) return;
    const option = suggestOption(name, options);
    if (option) warn(`${shortName(name)} is not an option; did you mean ${option}?`);
  }
}

const OPENING_QUOTES = '“„«‘‚‹';
const CLOSING_QUOTES = '”»’›';

/**
 * A text option as the browser read it, checked for text nobody can see and for the two ways
 * pasting breaks an attribute.
 * Typographic quotes used as delimiters (`data-title=“Seks is…”`) are not quotes to HTML: the
 * value stops at the first space. An apostrophe inside a single-quoted value
 * (`data-title='L'exploitation…'`) ends it after a letter or two. Returns the text to show:
 * the value, or `undefined` (the translation) when it was plainly cut off.
 */
export function checkText(attribute: string, text: string | undefined, warn: Warn): string | undefined {
  if (text === undefined) return undefined;
  // Only spaces, zero-width and direction marks, combining marks, braille or Hangul blanks: an
  // empty-looking heading.
  if (!/[^\s\p{C}\p{M}\p{Z}\u115f\u1160\u2800\u3164\uffa0]/u.test(text)) {
    warn(`${attribute} has no visible character; showing the translation.`);
    return undefined;
  }
  const opens = OPENING_QUOTES.includes(text[0]);
  const closes = CLOSING_QUOTES.includes(text[text.length - 1]);
  if (opens || closes) {
    const cut = opens !== closes || !/\s/.test(text);
    warn(`${attribute}=${JSON.stringify(text)} has typographic quotes; HTML needs straight ones (")${cut ? '; showing the translation' : ''}.`);
    return cut ? undefined : text;
  }
  if (/^\p{L}{1,2}$/u.test(text)) {
    warn(`${attribute}=${JSON.stringify(text)} looks cut off by an apostrophe; use double quotes. Showing the translation.`);
    return undefined;
  }
  return text;
}

/**
 * A warning when `data-contacts` leaves out Child Focus or 1712, which a Belgian notice is expected
 * to name, or, for clients, Stop it Now!, to which their notice's text sends readers.
 */
export function warnMissingContacts(attribute: string, value: unknown, chosen: readonly string[], warn: Warn, audience?: Audience): void {
  if (value == null) return;
  const missing = ['childfocus', '1712'].filter((id) => !chosen.includes(id));
  if (missing.length) {
    warn(`${attribute}=${JSON.stringify(String(value))} leaves out ${missing.join(' and ')}, expected by report-banner check and the Belgian reference notice.`);
  }
  if (audience === 'client' && !chosen.includes('stopitnow')) {
    warn(`${attribute} leaves out stopitnow, though the notice for clients sends readers worried about their own feelings to Stop it Now!: add stopitnow to give them its link.`);
  }
}
