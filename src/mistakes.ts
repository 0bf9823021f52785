/**
 * Mistakes people make while writing the tag by hand or pasting it from an e-mail, each turned
 * into one sentence that says what happened and what to write instead. Pure functions: no DOM,
 * no Lit, so every rule is unit-tested.
 */
import type { Warn } from './options.js';

/**
 * Every attribute the banner reads. `data-target` is read from the script tag only; the others
 * from the tag and the element alike.
 */
export const OPTION_ATTRIBUTES = [
  'data-lang',
  'data-fallback-lang',
  'data-audience',
  'data-variant',
  'data-position',
  'data-dismissible',
  'data-remember',
  'data-revision',
  'data-langs',
  'data-contacts',
  'data-report-url',
  'data-theme',
  'data-accent',
  'data-title',
  'data-message',
  'data-title-nl',
  'data-title-fr',
  'data-title-de',
  'data-title-en',
  'data-message-nl',
  'data-message-fr',
  'data-message-de',
  'data-message-en',
  'data-check',
  'data-target',
] as const;

/**
 * Words people reach for instead of ours, by language. The first word of an unknown attribute
 * is replaced by ours before the nearest option is looked for.
 */
const SYNONYMS: Readonly<Record<string, string>> = {
  language: 'lang',
  langue: 'lang',
  taal: 'lang',
  sprache: 'lang',
  locale: 'lang',
  text: 'message',
  tekst: 'message',
  texte: 'message',
  bericht: 'message',
  boodschap: 'message',
  heading: 'title',
  titel: 'title',
  titre: 'title',
  contact: 'contacts',
  layout: 'variant',
  version: 'revision',
};

/** The first word of each option (`lang`, `report`, `title`…): an attribute starting with one is ours. */
const STEMS = new Set([...OPTION_ATTRIBUTES.map((name) => name.slice(5).split('-')[0]), ...Object.keys(SYNONYMS)]);

/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  const rows = [...Array(a.length + 1)].map((_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
      }
    }
  }
  return rows[a.length][b.length];
}

/** Typing mistakes forgiven for a name of this length: short names are too alike to guess at. */
const tolerance = (name: string) => (name.length <= 4 ? 1 : name.length <= 9 ? 2 : 3);

/**
 * The option an unknown `data-*` attribute was probably meant to be, or `undefined` when it is
 * not ours. An attribute is taken for a misspelt option only when its first word is one of the
 * options' first words (or a common translation of one), or when it is a few typing mistakes
 * from an option's name. Other tools' attributes (`data-gtm-*`, `data-cfasync`,
 * `data-cookieconsent`, `data-domain`…) share neither, so they are left alone.
 */
export function suggestOption(attribute: string): string | undefined {
  const name = attribute.toLowerCase();
  if (!name.startsWith('data-') || (OPTION_ATTRIBUTES as readonly string[]).includes(name)) return undefined;
  const [written, ...rest] = name.slice(5).split(/[-_]/);
  // A misspelt first word (`langauge`, `mesage`) counts as the word it is closest to.
  const stem = [...STEMS].find((word) => editDistance(written, word) <= tolerance(word) - 1) ?? written;
  const first = SYNONYMS[stem] ?? stem;
  const normalised = [first, ...rest].join('-');
  let best: { option: string; distance: number } | undefined;
  for (const option of OPTION_ATTRIBUTES) {
    const distance = editDistance(normalised, option.slice(5));
    if (!best || distance < best.distance) best = { option, distance };
  }
  if (!best) return undefined;
  const ours = STEMS.has(stem) || best.distance <= tolerance(normalised);
  return ours ? best.option : undefined;
}

/** One warning for each attribute that looks like a misspelt option. */
export function warnUnknownAttributes(names: Iterable<string>, warn: Warn): void {
  for (const name of names) {
    const option = suggestOption(name);
    if (option) warn(`${name} is not an option and is ignored; did you mean ${option}?`);
  }
}

const OPENING_QUOTES = '“„«‘‚‹';
const CLOSING_QUOTES = '”»’›';

/**
 * A text option as the browser read it, checked for the two ways pasting breaks an attribute.
 * Typographic quotes used as delimiters (`data-title=“Seks is…”`) are not quotes to HTML: the
 * value stops at the first space. An apostrophe inside a single-quoted value
 * (`data-title='L'exploitation…'`) ends it after a letter or two. Returns the text to show:
 * the value, or `undefined` (the translation) when it was plainly cut off.
 */
export function checkText(attribute: string, text: string | undefined, warn: Warn): string | undefined {
  if (text === undefined) return undefined;
  const shown = JSON.stringify(text);
  const opens = OPENING_QUOTES.includes(text[0]);
  const closes = CLOSING_QUOTES.includes(text[text.length - 1]);
  if (opens || closes) {
    const cut = opens !== closes || !/\s/.test(text);
    warn(
      `${attribute}=${shown} ${opens ? 'starts' : 'ends'} with a typographic quote: the attribute was probably ` +
        `written with quotes from a word processor, which HTML does not treat as quotes. Write it between ` +
        `straight quotes ("…"). ${cut ? 'The text looks cut off, so the translation is shown.' : 'The quotes are shown as written.'}`,
    );
    return cut ? undefined : text;
  }
  if (text.length <= 2) {
    warn(
      `${attribute}=${shown} looks cut off: an apostrophe inside a value written between single quotes ends it. ` +
        `Write the value between double quotes ("…"), or the apostrophe as ’ or &#39;. The translation is shown.`,
    );
    return undefined;
  }
  return text;
}

/** The services a Belgian notice is expected to name (the checker looks for both). */
const REQUIRED_CONTACTS = [
  ['childfocus', 'Child Focus'],
  ['1712', '1712'],
] as const;

/** A warning when `data-contacts` leaves out Child Focus or 1712; the choice itself is kept. */
export function warnMissingContacts(attribute: string, value: unknown, chosen: readonly string[], warn: Warn): void {
  if (value === undefined || value === null) return;
  const missing = REQUIRED_CONTACTS.filter(([id]) => !chosen.includes(id));
  if (missing.length === 0) return;
  const names = missing.map(([, name]) => name).join(' and ');
  warn(
    `${attribute}=${JSON.stringify(String(value))} leaves out ${names}: the notice no longer names the ` +
      `service${missing.length > 1 ? 's' : ''} that \`report-banner check\` and the Belgian reference notice expect. ` +
      `Add ${missing.map(([id]) => id).join(',')} to ${attribute} to keep ${missing.length > 1 ? 'them' : 'it'}.`,
  );
}

/**
 * The script tag's options when the page also has a hand-placed `<report-banner>`: that element
 * is the banner, so the tag's options do nothing. `undefined` when the tag has none.
 */
export function ignoredTagOptions(names: Iterable<string>): string | undefined {
  const options = [...names].filter((name) => (OPTION_ATTRIBUTES as readonly string[]).includes(name) || suggestOption(name));
  if (options.length === 0) return undefined;
  return (
    `the page has its own <report-banner> element, which shows with its own attributes, so the script tag's ` +
    `${options.join(', ')} ${options.length > 1 ? 'are' : 'is'} ignored. Move ${options.length > 1 ? 'them' : 'it'} onto ` +
    `the <report-banner> element, or remove that element to let the script tag place the banner.`
  );
}
