/**
 * Translations through i18next, with every locale bundled: the banner never fetches a file.
 */
import i18next, { type Resource, type TFunction } from 'i18next';
import de from '../locales/de.json';
import en from '../locales/en.json';
import fr from '../locales/fr.json';
import nl from '../locales/nl.json';
import type { Language } from './language.js';

export const RESOURCES: Resource = {
  nl: { translation: nl },
  fr: { translation: fr },
  de: { translation: de },
  en: { translation: en },
};

/**
 * A missing key falls back to a neighbouring language a reader is likely to know, then to
 * English, so the visitor never sees a raw key.
 */
const FALLBACKS = {
  nl: ['en', 'fr'],
  fr: ['en', 'nl'],
  de: ['en', 'nl'],
  en: ['nl', 'fr'],
  default: ['en'],
};

/** A synchronous i18next instance of its own, so a host page's i18next is never touched. */
export function createTranslations(resources: Resource = RESOURCES) {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: 'en',
    fallbackLng: FALLBACKS,
    initAsync: false,
    // Lit renders every string as text, so i18next must not HTML-escape it a second time.
    interpolation: { escapeValue: false },
  });
  return (language: Language): TFunction => instance.getFixedT(language);
}

let translator: ReturnType<typeof createTranslations> | undefined;

/** The banner's translations, created on first use (src/report-banner.ts prepares them before the first render, unless a remembered dismissal means nothing shows). */
export const translate = (language: Language): TFunction => (translator ??= createTranslations())(language);
