/**
 * The list of services: each contact's name and note on lines of their own (a screen reader does
 * not run them together), then one link per channel, labelled so every link says where it goes
 * even out of context. An operator's own reporting form comes last, beside the official point.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import type { Contact } from './contacts.js';
import type { Language } from './language.js';
import { contactText, customReportLink, foldedChannels, linkOf, type NoticeLink } from './text.js';

function link(link: NoticeLink): TemplateResult {
  const external = link.channel !== 'phone';
  return html`<a
    part="link"
    class=${link.custom ? 'report custom' : link.channel}
    href=${link.href}
    data-contact=${link.contact}
    data-channel=${link.channel}
    target=${external ? '_blank' : nothing}
    rel=${external ? 'noopener noreferrer' : nothing}
    >${link.label}</a
  >`;
}

const item = (name: string, note: string, links: readonly NoticeLink[]) =>
  html`<li class="contact">
    <span class="contact-name">${name}</span>
    <span>${note}</span>
    <span class="channels">${links.map(link)}</span>
  </li>`;

/**
 * `onLink` receives every click in the list; links carry `data-contact` and `data-channel`.
 * `folded`: only what a folded notice shows, its links, without composing the rest (names and
 * notes stay empty, hidden when folded anyway).
 */
export function contactList(
  t: TFunction,
  contacts: readonly Contact[],
  reportUrl: string | undefined,
  language: Language,
  onLink: (event: Event) => void,
  folded = false,
): TemplateResult {
  const channels = folded ? foldedChannels(contacts, !!reportUrl) : undefined;
  return html`<ul part="contacts" class="contacts" aria-label=${t('contacts')} @click=${onLink}>
    ${contacts.map((contact, index) => {
      if (!channels) {
        const { name, note, links } = contactText(contact, t, language);
        return item(name, note, links);
      }
      const shown = channels[index];
      return shown.length > 0 ? item('', '', shown.map((channel) => linkOf(contact, channel, t))) : nothing;
    })}
    ${reportUrl ? html`<li class="contact"><span class="channels">${link(customReportLink(reportUrl, t))}</span></li>` : nothing}
  </ul>`;
}
