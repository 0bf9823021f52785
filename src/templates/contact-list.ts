/**
 * The list of services: each contact's name, its note, and one link per channel (`tel:` or
 * `https:`), labelled so every link says where it goes even when read out of context.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import type { Channel, Contact } from '../contacts.js';

function channelLabel(t: TFunction, contact: Contact, channel: Channel, reportUrl: string | undefined): string {
  if (channel.kind === 'phone') {
    const name = channel.whom ? t(`whom.${channel.whom}`) : contact.name;
    // "Call 1712: 1712" would say the name twice.
    return t(name === channel.number ? 'channel.call' : 'channel.phone', { name, number: channel.number });
  }
  if (channel.kind === 'report') {
    return reportUrl ? t('channel.reportCustom', { host: new URL(reportUrl).hostname }) : t('channel.report');
  }
  return t('channel.site', { name: contact.name });
}

/** `onLink` receives every click in the list; links carry `data-contact` and `data-channel`. */
export function contactList(
  t: TFunction,
  contacts: readonly Contact[],
  reportUrl: string | undefined,
  onLink: (event: Event) => void,
): TemplateResult {
  return html`<ul part="contacts" class="contacts" aria-label=${t('contacts')} @click=${onLink}>
    ${contacts.map(
      (contact) => html`<li class="contact">
        <span><span class="contact-name">${contact.name}</span> ${t(`contact.${contact.id}`)}</span>
        <span class="channels">
          ${contact.channels.map((channel) => {
            const href = channel.kind === 'report' && reportUrl ? reportUrl : channel.href;
            const external = channel.kind !== 'phone';
            return html`<a
              part="link"
              class=${channel.kind}
              href=${href}
              data-contact=${contact.id}
              data-channel=${channel.kind}
              target=${external ? '_blank' : nothing}
              rel=${external ? 'noopener noreferrer' : nothing}
              >${channelLabel(t, contact, channel, reportUrl)}</a
            >`;
          })}
        </span>
      </li>`,
    )}
  </ul>`;
}
