/**
 * `report-banner/facts`: what the banner shows, for tools that check it or show the same from
 * outside a page (the checker, the demo, the benchmark, an NGO's own scripts). The contact
 * registry with its sources, which services show where (the contact table), the languages, the
 * translations and the texts composed from them, the contrast formula and the version; no
 * element, nothing that needs a DOM, no translation library (the composing functions take any
 * translator function for the translations, such as an i18next `t`).
 */
import de from '../locales/de.json';
import en from '../locales/en.json';
import fr from '../locales/fr.json';
import nl from '../locales/nl.json';
import type { Language } from './notice/language.js';

export { CONTACTS, CONTACT_IDS, DEFAULT_CONTACTS, type Channel, type Contact, type ContactId } from './notice/contacts.js';
export { CONTACT_TABLE, PLACES, contactsFor, type LinkRef, type Offer, type Place } from './notice/contact-table.js';
export { contactText, linesOf, type ContactText, type NoticeLink } from './notice/text.js';
export { contrastRatio, type Rgb } from './theme/contrast.js';
export { LANGUAGES, toLanguage, type Language } from './notice/language.js';
export { VERSION } from './element/version.js';

/** Every text the banner can show, per language, as in locales/. */
export const TRANSLATIONS: Readonly<Record<Language, typeof en>> = { nl, fr, de, en };
