/**
 * The age-check entry's dialog. Asking: the question, the client notice, the contacts and two
 * equal choices. After "under 18": the way out first (where a hurried hand finds it), then help in
 * the visitor's language (its title names help; that the site is for adults comes after), with a live line that counts the Shift presses of the shortcut.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import type { Contact } from '../notice/contacts.js';
import type { LinkRef } from '../notice/contact-table.js';
import type { Language } from '../notice/language.js';
import type { AgeCheckController } from './controller.js';
import type { QuickExitController } from '../quick-exit/controller.js';
import { exitButton, exitStatus } from '../quick-exit/template.js';
import { contactList } from '../notice/contact-list.js';
import { paragraphs } from '../notice/template.js';

export interface AgeCheckView {
  t: TFunction;
  language: Language;
  classes: string;
  switcher: TemplateResult | typeof nothing;
  /** NGO wording for the question and notice, when set for this language. */
  title?: string;
  message?: string;
  /** The question's services (`data-contacts`, else the contact table's). */
  contacts: readonly Contact[];
  /** Their links a phone keeps (a folded client bar's): the call and the help to stop. */
  keep: ReadonlySet<LinkRef>;
  /** The services of the under-18 view, from the contact table. */
  minor: readonly Contact[];
  reportUrl?: string;
  onLink: (event: Event) => void;
  gate: AgeCheckController;
  exit: QuickExitController;
}

export function ageCheckDialog(view: AgeCheckView): TemplateResult {
  const { t, gate } = view;
  const content =
    gate.stage === 'youth'
      ? html`${exitButton(t, view.exit)} ${view.switcher}
          <h2 part="title" id="title">${t('ageCheck.youthTitle')}</h2>
          <p>${t('ageCheck.adultsOnly')}</p>
          <p part="message">${t('ageCheck.youthMessage')}</p>
          ${contactList(t, view.minor, undefined, view.language, view.onLink)}
          ${exitStatus(t, view.exit)}`
      : html`${view.switcher}
          <h2 part="title" id="title">${view.title ?? t('ageCheck.title')}</h2>
          <div part="message" class="message">${paragraphs(view.message ?? t('client.message'))}</div>
          ${contactList(t, view.contacts, view.reportUrl, view.language, view.onLink, view.keep)}
          <div class="choices">
            <button part="adult" @click=${gate.enter}>${t('ageCheck.adult')}</button>
            <button part="minor" @click=${gate.decline}>${t('ageCheck.minor')}</button>
          </div>`;
  return html`<dialog
    part="banner"
    class="${view.classes}${gate.stage === 'youth' ? ' minor' : ''}"
    lang=${view.language}
    dir="ltr"
    aria-labelledby="title"
    aria-modal="true"
    tabindex="-1"
    @cancel=${gate.modal.onCancel}
    @keydown=${gate.modal.onKeydown}
  >
    ${content}
  </dialog>`;
}
