/**
 * Every option of `<report-banner>`, declared once: its attribute, its parser (which warns and
 * falls back to the option's default: what it gives for an absent attribute), the words it
 * allows, and, in the comment above its row, its documentation. The element's reactive
 * properties and their types, the raw and resolved types, the attributes "did you mean" knows,
 * the manifest (custom-elements-manifest.config.mjs) and the check of the README's option table
 * (test/build/readme.test.ts) all come from this table.
 *
 * Rows are read in the order written, so a row may use the values of rows above it (`position`
 * reads `variant` and `afterEntry`, `accent` reads `theme`).
 */
import type { PropertyDeclarations } from 'lit';
import { AFTER_ENTRY, DEFAULT_EXIT_URL } from '../age-check/options.js';
import { CONTACT_IDS, chooseContacts, type Contact } from '../notice/contacts.js';
import { LANGUAGES, type Language } from '../notice/language.js';
import { resolveAccent, type Accent } from '../theme/accent.js';
import { checkText, warnMissingContacts } from './mistakes.js';
import { parseBoolean, parseChoice, parseDays, parseHttpsUrl, parseList, parsePosition, parseRevision, parseText } from './parse.js';
import { AUDIENCES, type Audience } from '../notice/audience.js';
import { BAR_POSITIONS, CORNER_POSITIONS, VARIANTS, type Position, type Variant } from '../notice/layout.js';
import { THEMES, type Theme } from '../theme/accent.js';
import { type Warn } from '../host/warn.js';
import { TOOLS, type Tool } from '../analytics/tools.js';

/** A comma list of words, each at most once, in any order. */
type ListFrom<Left extends string> = {
  [L in Left]: L | `${L},${ListFrom<Exclude<Left, L>>}`;
}[Left];
/** `data-langs`: languages in the switch's order, or none ("" hides the switch). */
export type LanguageList = ListFrom<Language> | '';

/** The values of rows above, for a row whose reading depends on them. */
interface Above {
  audience?: Audience;
  variant?: Variant;
  afterEntry?: (typeof AFTER_ENTRY)[number];
  theme?: Theme;
}

/**
 * One option. Its default is what `parse` gives for an absent attribute; `Property` is the type
 * of its reactive property, what a page or an app may set.
 */
export interface Option<Value, Property> {
  attribute: `data-${string}`;
  /** Whatever a page wrote → the value; everything refused is warned about and replaced by the default. */
  parse(attribute: string, value: unknown, warn: Warn, above: Above): Value;
  /** The words a choice or a list accepts. */
  allowed?: readonly string[];
  /** Never set: carries the property's type. */
  property?: Property;
}

const choice = <const T extends string>(attribute: `data-${string}`, allowed: readonly T[], fallback: T) =>
  ({ attribute, allowed, parse: (name, value, warn) => parseChoice(name, value, allowed, fallback, warn) }) as Option<T, T>;

/** Plain text (never markup), checked for the ways pasting breaks an attribute; none: the translation. */
const text = (attribute: `data-${string}`) =>
  ({ attribute, parse: (name, value, warn) => checkText(name, parseText(name, value, warn), warn) }) as Option<string | undefined, string>;

export const OPTIONS = {
  /** Language: `auto` (the page's `<html lang>`, then the browser's), `nl`, `fr`, `de` or `en`. */
  language: choice('data-lang', ['auto', ...LANGUAGES], 'auto'),
  /** Language used by `auto` when neither page nor browser names a supported one. */
  fallbackLanguage: choice('data-fallback-lang', LANGUAGES, 'en'),
  /** Whom the text speaks to: `witness` (default: anyone who comes across it), `youth` (a young person it may be happening to) or `client` (the visitor of a sex-ad or escort site). */
  audience: choice('data-audience', AUDIENCES, 'witness'),
  /** Layout: `bar` (default), `corner`, `inline`, `modal` or `age-check`. */
  variant: choice('data-variant', VARIANTS, 'bar'),
  /** After an adult entered the age check: `bar` (default) shows the banner as a bar, `none` nothing. */
  afterEntry: choice('data-then', AFTER_ENTRY, 'bar'),
  /** `bottom`/`top` for a bar, `bottom-right`/`bottom-left` for a corner card. */
  position: {
    attribute: 'data-position',
    allowed: [...BAR_POSITIONS, ...CORNER_POSITIONS],
    // Behind an age-check entry, the position is that of the bar that follows it.
    parse: (name, value, warn, { variant, afterEntry }) =>
      parsePosition(name, value, variant === 'age-check' && afterEntry === 'bar' ? 'bar' : variant!, warn),
  } as Option<Position, Position>,
  /** Whether the visitor may close it (`true`, default, or `false`). */
  dismissible: {
    attribute: 'data-dismissible',
    parse: (name, value, warn) => parseBoolean(name, value, true, warn),
  } as Option<boolean, boolean | 'true' | 'false'>,
  /** Whether a bar or card moves the page's own fixed parts at its edge clear of itself and pads the page's end (`false`, default, or `true`). */
  makeRoom: {
    attribute: 'data-make-room',
    parse: (name, value, warn) => parseBoolean(name, value, false, warn),
  } as Option<boolean, boolean | 'true' | 'false'>,
  /** Days a dismissal is remembered (default 30; 0 = not remembered). */
  remember: {
    attribute: 'data-remember',
    parse: (name, value, warn) => parseDays(name, value, 30, warn),
  } as Option<number, number | `${number}`>,
  /** Version of the notice; bump it to show the banner again to everyone who closed it. */
  revision: {
    attribute: 'data-revision',
    parse: (name, value, warn) => parseRevision(name, value, '1', warn),
  } as Option<string, string>,
  /** Comma-separated languages the switch offers (default `nl,fr,de,en`; empty hides it). */
  languages: {
    attribute: 'data-langs',
    allowed: LANGUAGES,
    parse: (name, value, warn) => parseList(name, value, LANGUAGES, LANGUAGES, warn),
  } as Option<Language[], LanguageList>,
  /** Comma-separated contact ids, in order (default: Child Focus and 1712, plus a line in the young reader's language). */
  contacts: {
    attribute: 'data-contacts',
    allowed: CONTACT_IDS,
    // Undefined without the attribute: the default then follows the language and the audience.
    parse(name, value, warn, { audience }) {
      const contacts = chooseContacts(name, value, warn);
      if (contacts) warnMissingContacts(name, value, contacts.map((contact) => contact.id), warn, audience);
      return contacts;
    },
  } as Option<Contact[] | undefined, string>,
  /** An `https:` address of your own reporting form, shown beside the Child Focus reporting point. */
  reportUrl: { attribute: 'data-report-url', parse: (name, value, warn) => parseHttpsUrl(name, value, warn) } as Option<string | undefined, string>,
  /** `auto` (follows the system), `light` or `dark`. */
  theme: choice('data-theme', THEMES, 'auto'),
  /** A CSS colour for links, buttons and the top edge. */
  accent: {
    attribute: 'data-accent',
    // The accent per theme, already adjusted for contrast.
    parse: (_name, value, warn, { theme }) => resolveAccent(value, theme!, warn),
  } as Option<Accent | undefined, string>,
  /** Where the age check's "leave this site" goes (`https:`; default https://www.google.com/). */
  exitUrl: {
    attribute: 'data-exit-url',
    // `http:` on this device's loopback too, for tests.
    parse: (name, value, warn) => parseHttpsUrl(name, value, warn, true) ?? DEFAULT_EXIT_URL,
  } as Option<string, string>,
  /** Heading in the language `data-lang` names, as plain text (not shown with `auto`). */
  heading: text('data-title'),
  /** Message in the language `data-lang` names, as plain text (not shown with `auto`). */
  message: text('data-message'),
  /** Dutch heading. */
  headingNl: text('data-title-nl'),
  /** French heading. */
  headingFr: text('data-title-fr'),
  /** German heading. */
  headingDe: text('data-title-de'),
  /** English heading. */
  headingEn: text('data-title-en'),
  /** Dutch message. */
  messageNl: text('data-message-nl'),
  /** French message. */
  messageFr: text('data-message-fr'),
  /** German message. */
  messageDe: text('data-message-de'),
  /** English message. */
  messageEn: text('data-message-en'),
  /** A second Dutch heading to compare with the first: each page view shows one of the two at random. */
  headingBNl: text('data-title-b-nl'),
  /** A second French heading to compare. */
  headingBFr: text('data-title-b-fr'),
  /** A second German heading to compare. */
  headingBDe: text('data-title-b-de'),
  /** A second English heading to compare. */
  headingBEn: text('data-title-b-en'),
  /** A second Dutch message to compare. */
  messageBNl: text('data-message-b-nl'),
  /** A second French message to compare. */
  messageBFr: text('data-message-b-fr'),
  /** A second German message to compare. */
  messageBDe: text('data-message-b-de'),
  /** A second English message to compare. */
  messageBEn: text('data-message-b-en'),
  /** Comma-separated analytics already on the page that get the banner's counts: `plausible`, `matomo`, `datalayer` (default none). */
  analytics: {
    attribute: 'data-analytics',
    allowed: TOOLS,
    // Nothing is counted unless asked for: an empty value, like any empty option, is as if
    // unset, and so is a list of words that name no tool (each warned of).
    parse: (name, value, warn) => {
      const tools = value == null ? [] : parseList(name, value, TOOLS, [], warn);
      return tools.length ? tools : undefined;
    },
  } as Option<Tool[] | undefined, ListFrom<Tool>>,
  /** Age-check question, in the starting language. */
  ageHeading: text('data-age-title'),
  /** Age-check notice, in the starting language. */
  ageMessage: text('data-age-message'),
  /** Dutch age-check question. */
  ageHeadingNl: text('data-age-title-nl'),
  /** French age-check question. */
  ageHeadingFr: text('data-age-title-fr'),
  /** German age-check question. */
  ageHeadingDe: text('data-age-title-de'),
  /** English age-check question. */
  ageHeadingEn: text('data-age-title-en'),
  /** Dutch age-check notice. */
  ageMessageNl: text('data-age-message-nl'),
  /** French age-check notice. */
  ageMessageFr: text('data-age-message-fr'),
  /** German age-check notice. */
  ageMessageDe: text('data-age-message-de'),
  /** English age-check notice. */
  ageMessageEn: text('data-age-message-en'),
};

type Options = typeof OPTIONS;
export type OptionName = keyof Options;

/** The options as reactive properties of the element, typed for pages and apps that set them. */
export type OptionProperties = { [K in OptionName]?: NonNullable<Options[K]['property']> };
/** The options as the element holds them: whatever a page wrote, unchecked. */
export type RawOptions = { [K in OptionName]?: unknown };
/** Each option's value once read. */
export type ParsedOptions = { [K in OptionName]: ReturnType<Options[K]['parse']> };

/** Reads every option in the order of {@link OPTIONS}. */
export function parseOptions(raw: RawOptions, warn: Warn): ParsedOptions {
  const parsed: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(OPTIONS) as [OptionName, Option<unknown, unknown>][]) {
    parsed[name] = option.parse(option.attribute, raw[name], warn, parsed as Above);
  }
  return parsed as ParsedOptions;
}

/** The element's reactive properties: each option bound to its attribute. */
export const optionProperties = (): PropertyDeclarations =>
  Object.fromEntries(Object.entries(OPTIONS).map(([name, { attribute }]) => [name, { attribute }]));

/**
 * The attributes the banner reads: its options, `data-check` (read, not observed) and the
 * script tag's `data-target`. "Did you mean" suggests from these.
 */
export const KNOWN_ATTRIBUTES: readonly string[] = [...Object.values(OPTIONS).map((option) => option.attribute), 'data-target', 'data-check'];

/**
 * The banner's warning when it refuses `value` for the option written `attribute`: it warns and
 * uses what it would without the attribute. Undefined when it takes the value, even corrected (a
 * text cut to length, an accent lightened for contrast), and for an attribute it does not read
 * as an option. For tools that check a tag before a page uses it.
 */
export function refusal(attribute: string, value: string): string | undefined {
  const option = (Object.values(OPTIONS) as Option<unknown, unknown>[]).find((row) => row.attribute === attribute);
  if (!option) return undefined;
  const quiet = () => undefined;
  // Rows that read others (`position`, `accent`) get those options' defaults.
  const above = parseOptions({}, quiet);
  const warnings: string[] = [];
  const kept = option.parse(attribute, value, (warning) => warnings.push(warning), above);
  const unset = option.parse(attribute, undefined, quiet, above);
  return warnings.length && JSON.stringify(kept) === JSON.stringify(unset) ? warnings.join(' ') : undefined;
}
