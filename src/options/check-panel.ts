/**
 * The check: for people who configure the notice, every warning and the resolved options, in
 * English, the options' own language. `data-check` on the operator's own tag shows it as a panel
 * inside the banner; `?report-banner=check` in the address, which anyone can put in a link, only
 * prints it to the console and changes nothing a visitor sees.
 */
import { css, html, type TemplateResult } from 'lit';
import { safeDocument } from '../host/safe-dom.js';
import type { Language } from '../notice/language.js';
import type { ResolvedOptions } from './resolve.js';

export interface CheckReport {
  warnings: readonly string[];
  options: ResolvedOptions;
  /** The `data-lang` value as written. */
  requested: unknown;
  /** The language on screen (the switch may have changed it). */
  shown: Language;
  /** Whether this browser remembers a dismissal of this revision. */
  remembered: boolean;
}

export function checkLines({ warnings, options: o, requested, shown, remembered }: CheckReport): string[] {
  // What `auto` weighed, so "why this language" can be read off the line.
  return [
    `language ${o.language} (data-lang ${requested ?? 'auto'}, page ${safeDocument.documentElement.lang || '-'}, browser ${navigator.languages.join(' ')}${shown === o.language ? '' : `; switched to ${shown}`})`,
    `audience ${o.audience}, layout ${o.variant} ${o.position}, revision ${o.revision}`,
    `contacts ${o.contacts ? o.contacts.map((contact) => contact.id) : 'default for the language and audience'}`,
    `${remembered ? 'a' : 'no'} dismissal remembered`,
    ...warnings,
  ];
}

export function checkPanel(lines: readonly string[]): TemplateResult {
  return html`<ul part="check" class="check" aria-label="Check mode" lang="en">
    ${lines.map((line) => html`<li>${line}</li>`)}
  </ul>`;
}

export const checkPanelStyles = css`
  .check {
    margin: 8px 20px;
    border-block-start: 2px dashed;
    font-size: 0.875em;
  }
`;
