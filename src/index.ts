/**
 * The ESM entry for bundler users. Importing it registers nothing: call `defineReportBanner()`
 * or import `report-banner/define`.
 */
export { ReportBanner } from './element/report-banner.js';
export type { DismissDetail, DismissReason, LanguageDetail, LinkDetail, ReportBannerEventMap, ShowDetail, UnfoldDetail, Wording } from './notice/events.js';
export { CONTACTS, DEFAULT_CONTACTS, type Channel, type Contact, type ContactId } from './notice/contacts.js';
export { CONTACT_TABLE, PLACES, contactsFor, type LinkRef, type Offer, type Place } from './notice/contact-table.js';
export { LANGUAGES, type Language } from './notice/language.js';
export type { Audience } from './notice/audience.js';
export type { Position, Variant } from './notice/layout.js';
export type { Theme } from './theme/accent.js';
export { TAG_NAME, defineReportBanner } from './registration.js';
export { VERSION } from './element/version.js';
