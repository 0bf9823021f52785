/**
 * The one control that folds a notice sitting over the page: folded, it shows the title, the
 * start of the message and the first ways to report and to call; unfolded, the whole message
 * and every service with its note and site. A real button with `aria-expanded`, so screen
 * readers announce the state and the keyboard works without extra code.
 */
import { html, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';

/** `controls` is the id of the region the button unfolds. */
export function disclosure(t: TFunction, expanded: boolean, controls: string, onToggle: () => void): TemplateResult {
  return html`<button
    part="more"
    class="more"
    aria-expanded=${expanded ? 'true' : 'false'}
    aria-controls=${controls}
    @click=${onToggle}
  >
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M4 6l4 4 4-4" /></svg>
    ${t('more')}
  </button>`;
}
