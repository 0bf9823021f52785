/**
 * Option resolution: the element's raw option values (attributes or properties, all untrusted)
 * become one typed, validated snapshot that rendering reads. Each bad value is warned about once
 * and replaced by its default, so a mistake never hides the notice.
 */
import { resolveAccent, type Accent } from '../theme/accent.js';
import { parseAfterEntry, parseExitUrl, type AfterEntry } from '../age-check/options.js';
import { chooseContacts, type Contact } from '../notice/contacts.js';
import { checkText, warnMissingContacts } from './mistakes.js';
import { LANGUAGES, resolveLanguage, type Language, type LanguageContext } from '../notice/language.js';
import { checkCustomTexts, type CustomTexts } from '../notice/text.js';
import {
  AUDIENCES,
  THEMES,
  VARIANTS,
  parseBoolean,
  parseChoice,
  parseDays,
  parseHttpsUrl,
  parseLanguages,
  parsePosition,
  parseRevision,
  parseText,
  type Audience,
  type Position,
  type Theme,
  type Variant,
  type Warn,
} from './parse.js';

/** The option values as the element holds them: whatever a page wrote, unchecked. */
export interface RawOptions extends AgeTexts {
  language?: unknown;
  fallbackLanguage?: unknown;
  audience?: unknown;
  variant?: unknown;
  position?: unknown;
  dismissible?: unknown;
  remember?: unknown;
  revision?: unknown;
  languages?: unknown;
  contacts?: unknown;
  reportUrl?: unknown;
  theme?: unknown;
  accent?: unknown;
  heading?: unknown;
  message?: unknown;
  headingNl?: unknown;
  headingFr?: unknown;
  headingDe?: unknown;
  headingEn?: unknown;
  messageNl?: unknown;
  messageFr?: unknown;
  messageDe?: unknown;
  messageEn?: unknown;
  afterEntry?: unknown;
  exitUrl?: unknown;
}

/** The age-check wording: `data-age-title`, `data-age-message` and their per-language forms. */
type AgeTexts = Partial<Record<`age${'Heading' | 'Message'}${'' | 'Nl' | 'Fr' | 'De' | 'En'}`, unknown>>;

export interface ResolvedOptions {
  language: Language;
  /** `data-lang` as given: generic wording is shown only when it names a language. */
  requested: Language | 'auto';
  audience: Audience;
  variant: Variant;
  position: Position;
  dismissible: boolean;
  remember: number;
  revision: string;
  languages: Language[];
  /** Undefined without `data-contacts`: the default then follows language and audience. */
  contacts?: Contact[];
  reportUrl?: string;
  theme: Theme;
  /** The accent per theme, already adjusted for contrast. */
  accent?: Accent;
  texts: CustomTexts;
  /** The age-check entry: what follows it, and where its "leave this site" goes. */
  afterEntry: AfterEntry;
  exitUrl: string;
}

/** `data-title`, `data-message` and their per-language forms (`data-title-nl` → `headingNl`). */
function resolveTexts(raw: RawOptions, warn: Warn): CustomTexts {
  const texts: CustomTexts = {};
  for (const language of ['all', ...LANGUAGES] as const) {
    const suffix = language === 'all' ? '' : language[0].toUpperCase() + language[1];
    const kinds = [['title', 'heading'], ['message', 'message'], ['age-title', 'ageHeading'], ['age-message', 'ageMessage']] as const;
    for (const [kind, name] of kinds) {
      const attribute = language === 'all' ? `data-${kind}` : `data-${kind}-${language}`;
      const text = parseText(attribute, raw[`${name}${suffix}` as keyof RawOptions], warn);
      texts[`${kind}-${language}`] = checkText(attribute, text, warn);
    }
  }
  return texts;
}

export function resolveOptions(
  raw: RawOptions,
  context: Omit<LanguageContext, 'fallback'>,
  warn: Warn,
): ResolvedOptions {
  const variant = parseChoice('data-variant', raw.variant, VARIANTS, 'bar', warn);
  const fallback = parseChoice('data-fallback-lang', raw.fallbackLanguage, LANGUAGES, 'en', warn);
  const requested = parseChoice('data-lang', raw.language, ['auto', ...LANGUAGES], 'auto', warn);
  const theme = parseChoice('data-theme', raw.theme, THEMES, 'auto', warn);
  const languages = parseLanguages('data-langs', raw.languages, warn);
  const texts = resolveTexts(raw, warn);
  const language = resolveLanguage(requested, { ...context, fallback });
  checkCustomTexts(texts, requested, languages, warn, language);
  const afterEntry = parseAfterEntry('data-then', raw.afterEntry, warn);
  const contacts = chooseContacts('data-contacts', raw.contacts, warn);
  if (contacts) warnMissingContacts('data-contacts', raw.contacts, contacts.map((contact) => contact.id), warn);
  return {
    language,
    requested,
    audience: parseChoice('data-audience', raw.audience, AUDIENCES, 'witness', warn),
    variant,
    // Behind an age-check entry, the position is that of the bar that follows it.
    position: parsePosition('data-position', raw.position, variant === 'age-check' && afterEntry === 'bar' ? 'bar' : variant, warn),
    dismissible: parseBoolean('data-dismissible', raw.dismissible, true, warn),
    remember: parseDays('data-remember', raw.remember, 30, warn),
    revision: parseRevision('data-revision', raw.revision, '1', warn),
    languages,
    contacts,
    reportUrl: parseHttpsUrl('data-report-url', raw.reportUrl, warn),
    theme,
    accent: resolveAccent(raw.accent, theme, warn),
    texts,
    afterEntry,
    exitUrl: parseExitUrl('data-exit-url', raw.exitUrl, warn),
  };
}
