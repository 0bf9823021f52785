/**
 * The floor under the banner's bytes and heap: Lit and i18next, set up the way the banner sets
 * them up (the four locales, one instance), with an element that renders the bench's notice text
 * and nothing else. `npm run bench:floor` measures it on the bench's page.
 */
import i18next from 'i18next';
import { LitElement, css, html } from 'lit';
import { TRANSLATIONS } from 'report-banner/facts';

const translations = i18next.createInstance();
translations.init({
  resources: Object.fromEntries(Object.entries(TRANSLATIONS).map(([language, translation]) => [language, { translation }])),
  lng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
});
const t = translations.getFixedT('en');

const CONTACTS = [
  ['Child Focus', 'tel:116000', '116 000'],
  ['1712', 'tel:1712', '1712'],
];

class FloorNotice extends LitElement {
  static styles = css`
    :host { display: block; position: fixed; inset: auto 0 0 0; background: #fff; border-top: 4px solid #a4286a; padding: 12px 20px; }
  `;

  render() {
    return html`<section part="banner" aria-label=${t('label')}>
      <h2>${t('witness.title')}</h2>
      <p>${t('witness.message')}</p>
      <ul>
        ${CONTACTS.map(([name, href, number]) => html`<li><a href=${href}>${t('channel.phone', { name, number })}</a></li>`)}
      </ul>
      <button aria-label=${t('close')}>×</button>
    </section>`;
  }
}

// The bench page looks for <report-banner>.
customElements.define('report-banner', FloorNotice);
document.body.prepend(document.createElement('report-banner'));
