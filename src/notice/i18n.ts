/**
 * Translations through i18next, with every locale bundled: the banner never fetches a file.
 */
import i18next, { type i18n, type Resource, type TFunction } from 'i18next';
import de from '../../locales/de.json';
import en from '../../locales/en.json';
import fr from '../../locales/fr.json';
import nl from '../../locales/nl.json';
import { LANGUAGES, type Language } from './language.js';

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
  return setUp(i18next.createInstance(), resources);
}

function setUp(instance: i18n, resources: Resource) {
  void instance.init({
    resources,
    lng: 'en',
    fallbackLng: FALLBACKS,
    initAsync: false,
    // Lit renders every string as text, so i18next must not HTML-escape it a second time.
    interpolation: { escapeValue: false },
  });
  // One function per language, so what is composed with it can be kept (text.ts).
  const fixed = new Map<Language, TFunction>();
  return (language: Language): TFunction => {
    let t = fixed.get(language);
    if (!t) fixed.set(language, (t = instance.getFixedT(language)));
    return t;
  };
}

let instance: i18n | undefined;
let translator: ReturnType<typeof createTranslations> | undefined;

/**
 * The banner's translations in `language`, set up on first use with that language's locale
 * alone; {@link completeTranslations} adds the others (with them, the fallbacks). Every locale
 * holds every key (test/unit/notice/i18n.test.ts), so the first render misses nothing.
 */
export function translate(language: Language): TFunction {
  const i18n = (instance ??= i18next.createInstance());
  translator ??= setUp(i18n, {});
  // Not copied (i18next copies a bundle through JSON unless told not to): the bundled locales are
  // read, never changed, and a copy of each would cost every visitor its time and memory.
  if (!i18n.hasResourceBundle(language, 'translation')) {
    i18n.addResourceBundle(language, 'translation', RESOURCES[language].translation, false, false, { skipCopy: true });
  }
  return translator(language);
}

/** Every locale in the instance: the other languages of the switch, and the fallbacks. */
export const completeTranslations = (): void => LANGUAGES.forEach(translate);

/**
 * The first use of {@link translate} in two steps (see `prepareFirstRender`): evaluating i18next
 * (the classic script defers its module body, build/i18next.mjs), then setting it up with the
 * one language the notice starts in.
 */
export function* prepareTranslations(language: Language): Generator<void, void, void> {
  instance ??= i18next.createInstance();
  yield;
  translate(language);
}
