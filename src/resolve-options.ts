/**
 * Option resolution: the element's raw option values (attributes or properties, all untrusted)
 * become one typed, validated snapshot that rendering reads. Each bad value is warned about once
 * and replaced by its default, so a mistake never hides the notice.
 */
import { resolveAccent, type Accent } from './accent.js';
import { chooseContacts, type Contact } from './contacts.js';
import { checkText, warnMissingContacts } from './mistakes.js';
import { LANGUAGES, resolveLanguage, type Language, type LanguageContext } from './language.js';
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
} from './options.js';

/** The option values as the element holds them: whatever a page wrote, unchecked. */
export interface RawOptions {
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
}

type TextKind = 'title' | 'message';

export interface ResolvedOptions {
  language: Language;
  audience: Audience;
  variant: Variant;
  position: Position;
  dismissible: boolean;
  remember: number;
  revision: string;
  languages: Language[];
  contacts: Contact[];
  reportUrl?: string;
  theme: Theme;
  /** The accent per theme, already adjusted for contrast. */
  accent?: Accent;
  texts: Partial<Record<`${TextKind}-${Language | 'all'}`, string>>;
}

/** `data-title`, `data-message` and their per-language forms (`data-title-nl` → `headingNl`). */
function resolveTexts(raw: RawOptions, warn: Warn): ResolvedOptions['texts'] {
  const texts: ResolvedOptions['texts'] = {};
  for (const language of ['all', ...LANGUAGES] as const) {
    const suffix = language === 'all' ? '' : language[0].toUpperCase() + language[1];
    for (const [kind, name] of [['title', 'heading'], ['message', 'message']] as const) {
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
  const contacts = chooseContacts('data-contacts', raw.contacts, warn);
  warnMissingContacts('data-contacts', raw.contacts, contacts.map((contact) => contact.id), warn);
  return {
    language: resolveLanguage(requested, { ...context, fallback }),
    audience: parseChoice('data-audience', raw.audience, AUDIENCES, 'witness', warn),
    variant,
    position: parsePosition('data-position', raw.position, variant, warn),
    dismissible: parseBoolean('data-dismissible', raw.dismissible, true, warn),
    remember: parseDays('data-remember', raw.remember, 30, warn),
    revision: parseRevision('data-revision', raw.revision, '1', warn),
    languages: parseLanguages('data-langs', raw.languages, warn),
    contacts,
    reportUrl: parseHttpsUrl('data-report-url', raw.reportUrl, warn),
    theme,
    accent: resolveAccent(raw.accent, theme, warn),
    texts: resolveTexts(raw, warn),
  };
}

/**
 * NGO wording for the language on screen, if any. The generic `data-title`/`data-message` belong
 * to the starting language only, so a switch to another language never shows them.
 */
export function customText(options: ResolvedOptions, kind: TextKind, shown: Language): string | undefined {
  const { texts } = options;
  return texts[`${kind}-${shown}`] ?? (shown === options.language ? texts[`${kind}-all`] : undefined);
}
