/**
 * The list of services: each contact's name, note and language note ("In Dutch.") on lines of
 * their own (a screen reader does not run them together), then one link per channel, labelled so every link says where it goes
 * even out of context. An operator's own reporting form comes last, beside the official point.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import { linkRef, type LinkRef } from './contact-table.js';
import type { Contact } from './contacts.js';
import type { Language } from './language.js';
import { channelsIn, contactText, customReportLink, type NoticeLink } from './text.js';

function link(link: NoticeLink, keep: boolean): TemplateResult {
  const external = link.channel !== 'phone';
  return html`<a
    part="link"
    class="${link.custom ? 'report custom' : link.channel}${keep ? ' keep' : ''}"
    href=${link.href}
    data-contact=${link.contact}
    data-channel=${link.channel}
    target=${external ? '_blank' : nothing}
    rel=${external ? 'noopener noreferrer' : nothing}
    >${link.label}</a
  >`;
}

/** Whether a folded notice keeps one of `contact`'s links: known without composing its text. */
export const keepsAny = (contact: Contact, keep: ReadonlySet<LinkRef>, language: Language): boolean =>
  channelsIn(contact, language).some((channel) => keep.has(linkRef(contact, channel)));

/** Whether a folded notice keeps a way to report: then it keeps the operator's form beside it. */
const reports = (keep: ReadonlySet<LinkRef>) => [...keep].some((ref) => ref.endsWith(':report'));

/**
 * `onLink` receives every click in the list; links carry `data-contact` and `data-channel`.
 * `keep` names the links a folded notice still shows (class `keep`, on the link and its
 * service); of a service with two phones (112 / 101), only the first. `partial`: only the
 * services a folded notice keeps, without composing the others.
 */
export function contactList(
  t: TFunction,
  contacts: readonly Contact[],
  reportUrl: string | undefined,
  language: Language,
  onLink: (event: Event) => void,
  keep: ReadonlySet<LinkRef> = new Set(),
  partial = false,
): TemplateResult {
  const reporting = reports(keep);
  return html`<ul part="contacts" class="contacts" aria-label=${t('contacts')} @click=${onLink}>
    ${contacts.map((contact) => {
      if (partial && !keepsAny(contact, keep, language)) return nothing;
      const { name, note, languages, links } = contactText(contact, t, language);
      const kept = links.map(
        (each, index) => keep.has(`${each.contact}:${each.channel}` as LinkRef) && links.findIndex((other) => other.channel === each.channel) === index,
      );
      return html`<li class="contact${kept.includes(true) ? ' keep' : ''}">
        <span class="contact-name">${name}</span>
        ${note ? html`<span class="note">${note}</span>` : nothing}
        ${languages ? html`<span class="in">${languages}</span>` : nothing}
        <span class="channels">${links.map((each, index) => link(each, kept[index]))}</span>
      </li>`;
    })}
    ${reportUrl && (!partial || reporting)
      ? html`<li class="contact${reporting ? ' keep' : ''}"><span class="channels">${link(customReportLink(reportUrl, t), reporting)}</span></li>`
      : nothing}
  </ul>`;
}
