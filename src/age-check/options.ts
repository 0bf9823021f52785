/**
 * The age-check entry's own options: what follows the gate and where the quick exit goes (the
 * services it names are in src/notice/contact-table.ts). No Lit, no DOM: unit-tested as is.
 */
import { parseChoice, parseHttpsUrl, type Warn } from '../options/parse.js';

/** What shows once an adult entered: the regular bar, or nothing more. */
export const AFTER_ENTRY = ['bar', 'none'] as const;
export type AfterEntry = (typeof AFTER_ENTRY)[number];

export const parseAfterEntry = (attribute: string, value: unknown, warn: Warn): AfterEntry =>
  parseChoice(attribute, value, AFTER_ENTRY, 'bar', warn);

/**
 * A page anyone may be seen on, that says nothing about the site left and loads on any phone:
 * a search engine's home page, as neutral as a weather page and available everywhere.
 */
export const DEFAULT_EXIT_URL = 'https://www.google.com/';

/** An absolute `https:` address (or `http:` on this machine's loopback, for tests); else the default. */
export function parseExitUrl(attribute: string, value: unknown, warn: Warn): string {
  if (/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(String(value).trim())) return new URL(String(value).trim()).href;
  return parseHttpsUrl(attribute, value, warn) ?? DEFAULT_EXIT_URL;
}

