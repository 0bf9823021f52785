/**
 * The language switch: one button per offered language, showing its short code (NL, FR…) so the
 * switch keeps to one row on the narrowest phone, and named in full in its own language (and
 * marked with `lang`) so the visitor who needs it can hear and read it. The name keeps the code
 * first, so a voice-control user can say what they see. Hidden when fewer than two are offered.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import { LANGUAGE_NAMES, type Language } from './language.js';

export function languageSwitch(
  t: TFunction,
  languages: readonly Language[],
  current: Language,
  onChoose: (language: Language) => void,
): TemplateResult | typeof nothing {
  if (languages.length < 2) return nothing;
  return html`<div part="languages" class="languages" role="group" aria-label=${t('language')}>
    ${languages.map(
      (language) => html`<button
        lang=${language}
        aria-label=${`${language.toUpperCase()}, ${LANGUAGE_NAMES[language]}`}
        title=${LANGUAGE_NAMES[language]}
        aria-pressed=${language === current ? 'true' : 'false'}
        @click=${() => onChoose(language)}
      >
        ${language.toUpperCase()}
      </button>`,
    )}
  </div>`;
}
