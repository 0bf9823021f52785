/**
 * Option resolution: the element's raw option values (attributes or properties, all untrusted)
 * become one typed, validated snapshot that rendering reads. Each option is read as its row in
 * ./schema.ts says; what depends on more than one option or on the page (the language shown, the
 * wording per language) is derived here. A bad value is warned about once and replaced by its
 * default, so a mistake never hides the notice.
 */
import { LANGUAGES, resolveLanguage, type Language, type LanguageContext } from '../notice/language.js';
import { checkCustomTexts, type CustomTexts } from '../notice/text.js';
import type { Warn } from '../host/warn.js';
import { parseOptions, type ParsedOptions, type RawOptions } from './schema.js';

export type { RawOptions };

/** Every option under its own name, except `language`, which is the language shown. */
export interface ResolvedOptions extends Omit<ParsedOptions, 'language'> {
  language: Language;
  /** `data-lang` as given: generic wording is shown only when it names a language. */
  requested: Language | 'auto';
  /** The operator's wording by kind and language (`title-nl`, `message-all`, …). */
  texts: CustomTexts;
}

/** The wording options by the kind of text they set (`data-title-nl` → `headingNl` → `title-nl`). */
const KINDS = [
  ['title', 'heading'],
  ['message', 'message'],
  ['title-b', 'headingB'],
  ['message-b', 'messageB'],
  ['age-title', 'ageHeading'],
  ['age-message', 'ageMessage'],
] as const;

function textsOf(parsed: ParsedOptions): CustomTexts {
  const texts: CustomTexts = {};
  for (const language of ['all', ...LANGUAGES] as const) {
    const suffix = language === 'all' ? '' : language[0].toUpperCase() + language[1];
    for (const [kind, name] of KINDS) texts[`${kind}-${language}`] = parsed[`${name}${suffix}` as keyof ParsedOptions] as string | undefined;
  }
  return texts;
}

export function resolveOptions(
  raw: RawOptions,
  context: Omit<LanguageContext, 'fallback'>,
  warn: Warn,
  /** About the NGO's wording: a mistake once per page (`warn`), a choice for check mode only (`advise`). */
  wording: { warn: Warn; advise: Warn } = { warn, advise: warn },
): ResolvedOptions {
  const parsed = parseOptions(raw, warn);
  const requested = parsed.language;
  const language = resolveLanguage(requested, { ...context, fallback: parsed.fallbackLanguage });
  const texts = textsOf(parsed);
  checkCustomTexts(texts, requested, parsed.languages, wording.warn, wording.advise, language);
  if (!parsed.analytics && Object.entries(texts).some(([key, text]) => text && key.includes('-b-'))) {
    wording.advise('data-title-b…, data-message-b…: without data-analytics, nothing counts the second wording.');
  }
  // A young reader would report to the platform that carries the ad about them.
  let reportUrl = parsed.reportUrl;
  if (reportUrl && parsed.audience === 'youth') {
    warn('data-report-url is not shown with data-audience="youth": young readers are sent to Child Focus, not to the platform.');
    reportUrl = undefined;
  }
  return { ...parsed, language, requested, texts, reportUrl };
}
