/**
 * The entry for runtimes without a DOM that still load browser builds (edge and worker runtimes,
 * through the `worker`, `workerd` and `edge-light` export conditions). Lit's browser build reads
 * `document` while it loads, so this entry leaves the element out and keeps the package's other
 * exports: `ReportBanner` is undefined there and `defineReportBanner()` registers nothing.
 */
export { CONTACTS, DEFAULT_CONTACTS } from './notice/contacts.js';
export { CONTACT_TABLE, PLACES, contactsFor } from './notice/contact-table.js';
export { LANGUAGES } from './notice/language.js';
export { VERSION } from './element/version.js';

export const TAG_NAME = 'report-banner';
export const ReportBanner = undefined;

/** Nothing to register without a DOM: returns false. */
export function defineReportBanner(): boolean {
  return false;
}
