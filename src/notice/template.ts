/**
 * The notice's two frames: a landmark (bar, corner card, inline) and a modal dialog, around the
 * same parts. `lang` and `dir` sit on the frame, inside the shadow root, so nothing is written on
 * the element the page owns; `dir` keeps a page's `dir="rtl"` from mirroring the text (all four
 * languages are written left to right).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import type { Language } from './language.js';

export interface NoticeParts {
  t: TFunction;
  language: Language;
  classes: string;
  title: string;
  message: string;
  /** Further lines after the message (the law, a line for an advertised minor, danger). */
  lines: readonly string[];
  contacts: TemplateResult;
  switcher: TemplateResult | typeof nothing;
  panel: TemplateResult | typeof nothing;
  /** The quick exit for young readers (button first, live line last), or nothing. */
  exit: { button: TemplateResult; status: TemplateResult } | undefined;
}

/** Each line of a message is a paragraph: operators' line breaks, kept as text. */
export const paragraphs = (text: string) =>
  text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => html`<p>${line}</p>`);

const body = ({ title, message, lines, contacts, exit }: NoticeParts) => html`
  <h2 part="title" id="title">${title}</h2>
  <div class="details" id="details">
    <div class="text">
      <div part="message" class="message">${paragraphs(message)}</div>
      ${lines.map((line) => html`<p>${line}</p>`)}
    </div>
    ${contacts}
  </div>
  ${exit?.status ?? nothing}
`;

export function barNotice(
  parts: NoticeParts,
  { popover, disclosure, onClose }: { popover: boolean; disclosure: TemplateResult | typeof nothing; onClose?: () => void },
): TemplateResult {
  const { t, language, classes, switcher, panel } = parts;
  // A bar or card goes into the top layer (src/host/top-layer.ts).
  return html`<section part="banner" class=${classes} lang=${language} dir="ltr" aria-label=${t('label')} popover=${popover ? 'manual' : nothing}>
    <div class="inner">
      ${parts.exit?.button ?? nothing} ${body(parts)}
      <div class="tools">${disclosure} ${switcher}</div>
      ${onClose
        ? html`<button part="close" class="close" aria-label=${t('close')} @click=${onClose}>
            <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3 3l10 10M13 3L3 13" /></svg>
          </button>`
        : nothing}
    </div>
    ${panel}
  </section>`;
}

export function modalNotice(
  parts: NoticeParts,
  handlers: { onCancel: (event: Event) => void; onKeydown: (event: KeyboardEvent) => void; onAcknowledge: () => void },
): TemplateResult {
  const { t, language, classes, switcher, panel } = parts;
  return html`<dialog
    part="banner"
    class=${classes}
    lang=${language}
    dir="ltr"
    aria-labelledby="title"
    aria-modal="true"
    tabindex="-1"
    @cancel=${handlers.onCancel}
    @keydown=${handlers.onKeydown}
  >
    ${parts.exit?.button ?? nothing} ${switcher} ${body(parts)}
    <div class="actions">
      <button part="acknowledge" class="primary" @click=${handlers.onAcknowledge}>${t('acknowledge')}</button>
    </div>
    ${panel}
  </dialog>`;
}
