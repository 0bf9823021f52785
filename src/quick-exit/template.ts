/**
 * The quick exit's parts: the button with the shortcut's hint beside it, the live line that
 * counts the Shift presses, and the empty cover that hides the page while it is replaced. The
 * texts are the age check's, where the exit first appeared.
 */
import { html, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import type { QuickExitController } from './controller.js';

/** The button first, where a hurried hand finds it; the hint beside it (shown only where a keyboard is likely). */
export function exitButton(t: TFunction, exit: QuickExitController): TemplateResult {
  return html`<div class="exit">
    <button part="leave" class="primary" @click=${exit.onClick}>${t('ageCheck.leave')}</button>
    <span class="hint">${t('ageCheck.shortcut')}</span>
  </div>`;
}

/** Announces each press of the shortcut, and the leaving. */
export function exitStatus(t: TFunction, exit: QuickExitController): TemplateResult {
  const text = exit.leaving ? t('ageCheck.leaving') : exit.remaining ? t('ageCheck.pressMore', { count: exit.remaining }) : '';
  return html`<p class="status" role="status">${text}</p>`;
}

/** Opened as a modal in the same task as the press: nothing of the page shows in the next frame. */
export const exitCover = (t: TFunction): TemplateResult =>
  html`<dialog class="cover" aria-label=${t('ageCheck.leaving')}></dialog>`;
