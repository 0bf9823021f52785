/**
 * `report-banner/facts`: what the banner shows, for tools that check it from outside a page (the
 * checker, an NGO's own scripts). The contact registry with its sources, the languages, the
 * translations, the contrast formula and the version; no element, nothing that needs a DOM.
 */
import de from '../locales/de.json';
import en from '../locales/en.json';
import fr from '../locales/fr.json';
import nl from '../locales/nl.json';
import type { Language } from './notice/language.js';

export { CONTACTS, CONTACT_IDS, DEFAULT_CONTACTS, type Channel, type Contact, type ContactId } from './notice/contacts.js';
export { contrastRatio, type Rgb } from './theme/contrast.js';
export { LANGUAGES, toLanguage, type Language } from './notice/language.js';
export { VERSION } from './element/version.js';

/** Every text the banner can show, per language, as in locales/. */
export const TRANSLATIONS: Readonly<Record<Language, typeof en>> = { nl, fr, de, en };
