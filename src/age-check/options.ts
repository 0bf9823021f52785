/**
 * The age-check entry's own values: what may follow the gate and where its quick exit goes by
 * default (the options themselves are rows of src/options/schema.ts; the services it names are
 * in src/notice/contact-table.ts). No Lit, no DOM.
 */

/** What shows once an adult entered: the regular bar, or nothing more. */
export const AFTER_ENTRY = ['bar', 'none'] as const;
export type AfterEntry = (typeof AFTER_ENTRY)[number];

/**
 * A page anyone may be seen on, that says nothing about the site left and loads on any phone:
 * a search engine's home page, as neutral as a weather page and available everywhere.
 */
export const DEFAULT_EXIT_URL = 'https://www.google.com/';

