/** The language a page's visible text is written in, whatever its `<html lang>` says. */
import { francAll } from 'franc-min';

/** ISO 639-3 codes franc gives for the banner's languages. */
const LANGUAGES = { nld: 'nl', fra: 'fr', deu: 'de', eng: 'en' } as const;

/** Below this many letters a guess is too weak to hold a page to it. */
const MIN_LETTERS = 120;
/** The runner-up must score at most this share of the winner. */
const MAX_RUNNER_UP = 0.9;

/** `nl`, `fr`, `de` or `en` when the text clearly is in one of them, else undefined. */
export function detectLanguage(text: string): string | undefined {
  if ((text.match(/\p{L}/gu) ?? []).length < MIN_LETTERS) return undefined;
  const [best, second] = francAll(text, { only: Object.keys(LANGUAGES) });
  if (!best || best[0] === 'und' || (second && second[1] > best[1] * MAX_RUNNER_UP)) return undefined;
  return LANGUAGES[best[0] as keyof typeof LANGUAGES];
}
