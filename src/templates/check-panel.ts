/**
 * The check panel: for people who configure the notice and never open a console, every warning
 * and every resolved option, shown inside the banner. Rendered only in check mode
 * (`data-check` or `?report-banner=check`), in English, the options' own language.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { LANGUAGES, toLanguage, type Language } from '../language.js';
import type { ResolvedOptions } from '../resolve-options.js';

export interface CheckReport {
  warnings: readonly string[];
  options: ResolvedOptions;
  /** The `data-lang` value as written. */
  requestedLanguage: unknown;
  documentLanguage: string | null | undefined;
  browserLanguages: readonly string[];
  /** The language on screen (the switch may have changed it). */
  shown: Language;
  /** Whether this browser remembers a dismissal of this revision. */
  remembered: boolean;
  /** What turned check mode on, so the panel can say how to turn it off. */
  turnedOnBy: 'attribute' | 'address';
}

/** Why the banner starts in its language, in the order `resolveLanguage` decides. */
export function languageReason({ options, requestedLanguage, documentLanguage, browserLanguages }: CheckReport): string {
  const { language } = options;
  if (String(requestedLanguage ?? '').trim().toLowerCase() === language) return `${language}: set by data-lang`;
  if (toLanguage(documentLanguage) === language) return `${language}: the page's <html lang="${documentLanguage}">`;
  const browser = browserLanguages.find((tag) => toLanguage(tag) === language);
  if (browser) return `${language}: the browser's language (${browser})`;
  return `${language}: data-fallback-lang, as neither the page nor the browser names ${LANGUAGES.join(', ')}`;
}

function dismissalLine({ options, remembered }: CheckReport): string {
  if (remembered) {
    return `this browser remembers that the notice was closed (revision ${options.revision}): visitors like this one do not see it; it shows here only because of check mode`;
  }
  if (!options.dismissible) return 'visitors cannot close the notice';
  return options.remember > 0
    ? `not remembered; closing is remembered for ${options.remember} days (revision ${options.revision})`
    : 'not remembered; closing is never remembered (data-remember="0")';
}

export function checkPanel(report: CheckReport): TemplateResult {
  const { options, warnings, shown } = report;
  const wording = Object.entries(options.texts)
    .filter(([, text]) => text !== undefined)
    .map(([key]) => `data-${key.replace('-all', '')}`);
  const rows: [string, string][] = [
    ['Language', languageReason(report) + (shown === options.language ? '' : `; now ${shown}, chosen in the switch`)],
    ['Audience', options.audience],
    ['Layout', options.variant === 'bar' || options.variant === 'corner' ? `${options.variant}, ${options.position}` : options.variant],
    ['Contacts', options.contacts.map((contact) => contact.name).join(', ')],
    ['Report link', options.reportUrl ?? 'the Child Focus reporting point'],
    ['Own wording', wording.length ? wording.join(', ') : 'none: the translations'],
    ['Revision', options.revision],
    ['Dismissal', dismissalLine(report)],
  ];
  const off = report.turnedOnBy === 'attribute' ? 'remove data-check' : 'remove report-banner=check from the address';
  return html`<section part="check" class="check" aria-label="Check mode" lang="en">
    <h3>Check mode: ${warnings.length === 0 ? 'no warnings' : warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`}</h3>
    ${warnings.length ? html`<ul>${warnings.map((warning) => html`<li>${warning}</li>`)}</ul>` : nothing}
    <dl>${rows.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>
    <p>Visitors never see this panel. To hide it, ${off}.</p>
  </section>`;
}

export const checkPanelStyles = css`
  .check {
    margin: 12px auto 0;
    padding: 8px 20px 12px;
    max-inline-size: var(--report-banner-max-width, 1120px);
    border-block-start: 2px dashed var(--_muted);
    font-size: 0.875em;
  }
  .check h3 {
    margin: 0 0 4px;
    font-size: 1em;
  }
  .check ul {
    margin: 0 0 8px;
    padding-inline-start: 20px;
  }
  .check dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 2px 12px;
    margin: 0 0 8px;
  }
  .check dt {
    font-weight: 700;
  }
  .check dd {
    margin: 0;
  }
`;
