/**
 * Language resolution: which of the banner's languages a visitor reads. Pure functions, so the
 * order of preference (explicit choice, host page, browser, fallback) is tested without a DOM.
 */

export const LANGUAGES = ['nl', 'fr', 'de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in that language: a switch must be readable by the one who needs it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  nl: 'Nederlands',
  fr: 'Français',
  de: 'Deutsch',
  en: 'English',
};

/** Maps a BCP 47 tag such as `nl-BE` or `FR` to a supported language, or `undefined`. */
export function toLanguage(tag: string | null | undefined): Language | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : undefined;
}

export interface LanguageContext {
  /** The `lang` of the host page's `<html>`. */
  documentLanguage?: string | null;
  /** The browser's preference list (`navigator.languages`). */
  browserLanguages?: readonly string[];
  /** Used when neither the page nor the browser names a supported language. */
  fallback: Language;
}

/**
 * `auto` follows the host page, then the browser, then the fallback; any supported language is
 * taken as it is.
 */
export function resolveLanguage(requested: Language | 'auto', context: LanguageContext): Language {
  if (requested !== 'auto') return requested;
  const candidates = [context.documentLanguage, ...(context.browserLanguages ?? [])];
  for (const tag of candidates) {
    const language = toLanguage(tag);
    if (language) return language;
  }
  return context.fallback;
}
