/** Whether a banner speaks with its own translations or with wording the site put in. */
import { TRANSLATIONS } from 'report-banner/facts';

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

function strings(value: unknown, into: Set<string>): Set<string> {
  // A message of several paragraphs (one per line) reads as their text run together on the page.
  if (typeof value === 'string') into.add(normalise(value)).add(normalise(value.replace(/\n/g, '')));
  else if (value && typeof value === 'object') for (const inner of Object.values(value)) strings(inner, into);
  return into;
}

/** Every text of every translation: a title or message outside this set is the site's own. */
const KNOWN = Object.values(TRANSLATIONS).reduce<Set<string>>((set, locale) => strings(locale, set), new Set());

export const isOwnWording = (text: string) => KNOWN.has(normalise(text));
