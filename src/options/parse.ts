/**
 * Option parsing: every option arrives as a `data-*` attribute string (or a property set from
 * script) and leaves as a typed value. A bad value never stops the notice: it is reported
 * once through `warn` and replaced by the option's default.
 */

import { MAX_REMEMBER_DAYS } from '../host/storage.js';
import type { Warn } from '../host/warn.js';
import { BAR_POSITIONS, CORNER_POSITIONS, type Position, type Variant } from '../notice/layout.js';

/** The longest text an operator may set; longer text is cut so the notice stays readable. */
export const MAX_TEXT_LENGTH = 400;

const quote = (value: unknown) => JSON.stringify(String(value));

function reject<T>(warn: Warn, attribute: string, value: unknown, allowed: string, fallback: T): T {
  const shown = fallback === undefined ? 'the default' : quote(fallback);
  warn(`${attribute}=${quote(value)} is not valid; use ${allowed}. Using ${shown}.`);
  return fallback;
}

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/** One of a fixed list of words; blank means the default. */
export function parseChoice<T extends string>(
  attribute: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
  warn: Warn,
): T {
  if (isBlank(value)) return fallback;
  const word = String(value).trim().toLowerCase();
  if ((allowed as readonly string[]).includes(word)) return word as T;
  return reject(warn, attribute, value, allowed.map((a) => `"${a}"`).join(', '), fallback);
}

/** `true`/`false` (an attribute present without a value counts as true). */
export function parseBoolean(attribute: string, value: unknown, fallback: boolean, warn: Warn): boolean {
  if (typeof value === 'boolean') return value;
  if (value === undefined || value === null) return fallback;
  const word = String(value).trim().toLowerCase();
  if (word === '' || word === 'true') return true;
  if (word === 'false') return false;
  return reject(warn, attribute, value, '"true" or "false"', fallback);
}

/** A whole number of days, 0 to {@link MAX_REMEMBER_DAYS}. */
export function parseDays(attribute: string, value: unknown, fallback: number, warn: Warn): number {
  if (isBlank(value)) return fallback;
  const text = String(value).trim();
  const days = Number(text);
  if (/^\d+$/.test(text) && days <= MAX_REMEMBER_DAYS) return days;
  return reject(warn, attribute, value, `a whole number of days from 0 to ${MAX_REMEMBER_DAYS}`, fallback);
}

/** A short token that names a version of the notice: letters, digits, `.`, `_` and `-`. */
export function parseRevision(attribute: string, value: unknown, fallback: string, warn: Warn): string {
  if (isBlank(value)) return fallback;
  const text = String(value).trim();
  if (/^[\w.-]{1,32}$/.test(text)) return text;
  return reject(warn, attribute, value, 'up to 32 letters, digits, ".", "_" or "-"', fallback);
}

/** Plain text (never markup); blank means "use the translation". */
export function parseText(attribute: string, value: unknown, warn: Warn): string | undefined {
  if (isBlank(value)) return undefined;
  const text = String(value).trim();
  if (text === '') return undefined;
  if (text.length <= MAX_TEXT_LENGTH) return text;
  warn(`${attribute} is ${text.length} characters long; it is cut to ${MAX_TEXT_LENGTH}.`);
  // Never half a character: a cut between the two halves of a surrogate pair would show as �.
  return text.slice(0, /[\uD800-\uDBFF]/.test(text[MAX_TEXT_LENGTH - 1]) ? MAX_TEXT_LENGTH - 1 : MAX_TEXT_LENGTH);
}

/**
 * An absolute `https:` URL; anything else is refused so no option can smuggle in a script URL.
 * Refused too: a `name@` before the host, which makes `https://www.google.com@evil.example/` read
 * as Google's, and a host written in other scripts' letters, which can imitate a known one. A
 * loopback host (`localhost`; also over `http:` where `loopback` allows it, for tests) is kept
 * with a warning: no visitor can reach it.
 */
export function parseHttpsUrl(attribute: string, value: unknown, warn: Warn, loopback = false): string | undefined {
  if (isBlank(value)) return undefined;
  const text = String(value).trim();
  let allowed = 'an absolute https:// address';
  try {
    const url = new URL(text);
    const host = url.hostname;
    const local = /^(localhost|127\.[\d.]+|\[::1\])$|\.localhost$/.test(host);
    if (url.username || url.password) {
      allowed = `an address without "name@" before its host, which hides the real one (${host})`;
    } else if (/(^|\.)xn--/.test(host) && !text.toLowerCase().includes(host)) {
      allowed = `the host as ${host} if it is really meant (letters of other scripts can imitate a known address)`;
    } else if (host && (url.protocol === 'https:' || (loopback && local && url.protocol === 'http:'))) {
      if (local) warn(`${attribute}=${quote(value)} leads to this device itself (${host}), which no visitor can reach.`);
      return url.href;
    }
  } catch {
    // Not a URL at all: reported below like any other refusal.
  }
  return reject(warn, attribute, value, allowed, undefined);
}

/**
 * A comma-separated list of words from `allowed`, in the order given, without repeats.
 * Unknown words are reported and skipped; an empty attribute gives an empty list.
 */
export function parseList<T extends string>(
  attribute: string,
  value: unknown,
  allowed: readonly T[],
  fallback: readonly T[],
  warn: Warn,
): T[] {
  if (value === undefined || value === null) return [...fallback];
  const chosen: T[] = [];
  for (const part of String(value).split(',')) {
    const word = part.trim().toLowerCase();
    if (word === '') continue;
    if (!(allowed as readonly string[]).includes(word)) {
      warn(`${attribute} contains ${quote(word)}, which is not one of ${allowed.join(', ')}; it is skipped.`);
    } else if (!chosen.includes(word as T)) {
      chosen.push(word as T);
    }
  }
  return chosen;
}

/** The position words depend on the variant: bars sit on an edge, cards in a corner. */
export function parsePosition(attribute: string, value: unknown, variant: Variant, warn: Warn): Position {
  if (variant === 'corner') return parseChoice(attribute, value, CORNER_POSITIONS, 'bottom-right', warn);
  if (variant === 'bar') return parseChoice(attribute, value, BAR_POSITIONS, 'bottom', warn);
  return 'bottom';
}
