import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { BannerSizeController } from './controllers/banner-size.js';
import { DismissalController } from './controllers/dismissal.js';
import { ModalController } from './controllers/modal.js';
import { emit, type LinkDetail } from './events.js';
import { translate } from './i18n.js';
import type { Language } from './language.js';
import { warnUnknownAttributes } from './mistakes.js';
import type { Audience, Position, Theme, Variant } from './options.js';
import { pageSwitches } from './page-switches.js';
import { customText, resolveOptions, type ResolvedOptions } from './resolve-options.js';
import { styles } from './report-banner.styles.js';
import { checkPanel, checkPanelStyles } from './templates/check-panel.js';
import { contactList } from './templates/contact-list.js';
import { languageSwitch } from './templates/language-switch.js';
import { VERSION } from './version.js';

export type { DismissDetail, DismissReason, LanguageDetail, LinkDetail, ShowDetail } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'report-banner': ReportBanner;
  }
}

/** Each line of a message is a paragraph: operators' line breaks, kept as text. */
const paragraphs = (text: string) =>
  text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => html`<p>${line}</p>`);

/**
 * A notice that sexual exploitation of minors is a crime, how to report it and where young
 * people find help. Every option is a `data-*` attribute; bad values are reported with
 * `console.warn` and replaced by their default, so the notice always shows.
 *
 * @summary The awareness and reporting banner.
 * @tagname report-banner
 *
 * @fires report-banner-show - The banner appeared. `detail: { language, audience, variant, height }`.
 * @fires report-banner-dismiss - The visitor (or `hide()`) closes it; cancelable, `preventDefault()` keeps it open. `detail: { reason, rememberDays }`.
 * @fires report-banner-language - The visitor chose another language. `detail: { language, previous }`.
 * @fires report-banner-link - The visitor followed a contact link. `detail: { contact, channel, href }`.
 *
 * @csspart banner - The landmark (or dialog) that holds everything.
 * @csspart title - The heading.
 * @csspart message - The paragraph under the heading.
 * @csspart contacts - The list of services.
 * @csspart link - Each contact link.
 * @csspart languages - The language switch.
 * @csspart close - The close button.
 * @csspart acknowledge - The modal's "I understand" button.
 * @csspart check - The check panel (check mode only).
 *
 * @cssprop [--report-banner-background] - Background colour (default white, or near-black in the dark theme).
 * @cssprop [--report-banner-color] - Text colour.
 * @cssprop [--report-banner-muted] - Colour of the contact notes.
 * @cssprop [--report-banner-accent] - Links, buttons and the top edge; `data-accent` takes precedence.
 * @cssprop [--report-banner-accent-contrast] - Text on accent-coloured buttons.
 * @cssprop [--report-banner-border] - Border colour of the banner.
 * @cssprop [--report-banner-control-border] - Border colour of buttons (keep 3:1 against the background).
 * @cssprop [--report-banner-focus] - Focus ring colour.
 * @cssprop [--report-banner-font-family] - Font stack (default: the system UI font).
 * @cssprop [--report-banner-font-size] - Base text size (default 16px; independent of the host page's root size).
 * @cssprop [--report-banner-radius] - Corner radius of the card, modal and buttons.
 * @cssprop [--report-banner-max-width] - Width of the content inside a bar.
 * @cssprop [--report-banner-z-index] - Stacking level of fixed variants (default 2147483000).
 */
export class ReportBanner extends LitElement {
  static override styles = [styles, checkPanelStyles];
  /** Lets a second copy of the script on the page recognise this one. */
  static readonly version = VERSION;

  /** Language: `auto` (the page's `<html lang>`, then the browser's), `nl`, `fr`, `de` or `en`. */
  @property({ attribute: 'data-lang' }) language?: Language | 'auto';
  /** Language used by `auto` when neither page nor browser names a supported one. */
  @property({ attribute: 'data-fallback-lang' }) fallbackLanguage?: Language;
  /** Whom the text speaks to: `witness` (default) or `youth`. */
  @property({ attribute: 'data-audience' }) audience?: Audience;
  /** Layout: `bar` (default), `corner`, `inline` or `modal`. */
  @property({ attribute: 'data-variant' }) variant?: Variant;
  /** `bottom`/`top` for a bar, `bottom-right`/`bottom-left` for a corner card. */
  @property({ attribute: 'data-position' }) position?: Position;
  /** Whether the visitor may close it (`true`, default, or `false`). */
  @property({ attribute: 'data-dismissible' }) dismissible?: boolean | 'true' | 'false';
  /** Days a dismissal is remembered (default 30; 0 = not remembered). */
  @property({ attribute: 'data-remember' }) remember?: number | string;
  /** Version of the notice; bump it to show the banner again to everyone who closed it. */
  @property({ attribute: 'data-revision' }) revision?: string;
  /** Comma-separated languages the switch offers (default `nl,fr,de,en`; empty hides it). */
  @property({ attribute: 'data-langs' }) languages?: string;
  /** Comma-separated contact ids, in order (default `childfocus,1712`). */
  @property({ attribute: 'data-contacts' }) contacts?: string;
  /** An `https:` address that replaces the Child Focus reporting link. */
  @property({ attribute: 'data-report-url' }) reportUrl?: string;
  /** `auto` (follows the system), `light` or `dark`. */
  @property({ attribute: 'data-theme' }) theme?: Theme;
  /** A CSS colour for links, buttons and the top edge. */
  @property({ attribute: 'data-accent' }) accent?: string;
  /** Heading in the banner's starting language, as plain text. */
  @property({ attribute: 'data-title' }) heading?: string;
  /** Message in the banner's starting language, as plain text. */
  @property({ attribute: 'data-message' }) message?: string;
  /** Dutch heading. */ @property({ attribute: 'data-title-nl' }) headingNl?: string;
  /** French heading. */ @property({ attribute: 'data-title-fr' }) headingFr?: string;
  /** German heading. */ @property({ attribute: 'data-title-de' }) headingDe?: string;
  /** English heading. */ @property({ attribute: 'data-title-en' }) headingEn?: string;
  /** Dutch message. */ @property({ attribute: 'data-message-nl' }) messageNl?: string;
  /** French message. */ @property({ attribute: 'data-message-fr' }) messageFr?: string;
  /** German message. */ @property({ attribute: 'data-message-de' }) messageDe?: string;
  /** English message. */ @property({ attribute: 'data-message-en' }) messageEn?: string;

  /** The language picked in the switch; overrides the resolved one until options change. */
  @state() private chosenLanguage?: Language;

  private get banner(): HTMLElement | null {
    return this.renderRoot?.querySelector('[part~="banner"]');
  }

  private options!: ResolvedOptions;
  private readonly warned = new Set<string>();
  private readonly switches = pageSwitches();
  private checking = false;

  private readonly dismissal = new DismissalController(this, () => this.options, {
    showAnyway: () => this.switches.includes('show') || this.checking,
    hidden: (revision) =>
      console.info(
        `report-banner: hidden, as this browser remembers it was closed (data-revision="${revision}"); ` +
          'add ?report-banner=show to the address, or call .show() on the element, to see it.',
      ),
  });
  private readonly modal = new ModalController(this, {
    dialog: () => (this.banner instanceof HTMLDialogElement ? this.banner : null),
    isOpen: () => this.showing,
    dismissible: () => this.options.dismissible,
    dismiss: () => void this.dismissal.dismiss('escape'),
  });

  constructor() {
    super();
    // Publishes the height and announces each showing; the element needs no handle on it.
    new BannerSizeController(this, {
      target: () => (this.showing ? this.banner : undefined),
      publishes: () => this.options.variant === 'bar',
      onFirstSize: (height) => {
        const { audience, variant } = this.options;
        emit(this, 'report-banner-show', { language: this.currentLanguage, audience, variant, height });
      },
    });
  }

  /** Whether the notice is showing (false once dismissed, or when a dismissal is remembered). */
  get showing(): boolean {
    return this.dismissal.open;
  }

  /** Shows the notice (again), whatever was remembered. */
  async show(): Promise<void> {
    this.dismissal.show();
    await this.updateComplete;
  }

  /**
   * Closes the notice without remembering it. Resolves to `false` when a
   * `report-banner-dismiss` listener called `preventDefault()`.
   */
  hide(): Promise<boolean> {
    return this.dismissal.dismiss('api');
  }

  private get currentLanguage(): Language {
    return this.chosenLanguage ?? this.options.language;
  }

  private readonly warn = (message: string) => {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(`report-banner: ${message}`);
  };

  /** An error while updating (a broken polyfill, say) is reported here, never to the host page. */
  protected override scheduleUpdate(): void {
    try {
      super.scheduleUpdate();
    } catch (error) {
      this.warn(`could not update: ${String(error)}`);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.options || [...changed.keys()].some((key) => key !== 'chosenLanguage')) {
      const context = { documentLanguage: document.documentElement.lang, browserLanguages: navigator.languages };
      const known = [...ReportBanner.observedAttributes, 'data-target', 'data-check'];
      if (!this.options) warnUnknownAttributes(this.getAttributeNames(), known, this.warn);
      this.options = resolveOptions(this, context, this.warn);
      // Check mode (`data-check`) is read, not observed: it is for people testing, never for visitors.
      this.checking = this.hasAttribute('data-check') || this.switches.includes('check');
      if (changed.has('language')) this.chosenLanguage = undefined;
    }
    // Screen readers pick the voice from `lang`, which may differ from the host page's.
    this.lang = this.currentLanguage;
  }

  protected override updated(): void {
    // Through the CSSOM: a style attribute is inline style, which a strict Content-Security-Policy
    // refuses and reports to the host page.
    const { accent } = this.options;
    for (const theme of ['light', 'dark'] as const) {
      if (accent) this.banner?.style.setProperty(`--_accent-${theme}`, accent[theme]);
      else this.banner?.style.removeProperty(`--_accent-${theme}`);
    }
  }

  protected override render() {
    if (!this.showing) return nothing;
    const { variant, position, theme, audience, dismissible, languages, contacts, reportUrl } = this.options;
    const language = this.currentLanguage;
    const t = translate(language);
    const classes = `banner ${variant} ${position} ${theme}`;
    const switcher = languageSwitch(t, languages, language, this.chooseLanguage);
    const body = html`
      <h2 part="title" id="title">${customText(this.options, 'title', language) ?? t(`${audience}.title`)}</h2>
      <div part="message" class="message">${paragraphs(customText(this.options, 'message', language) ?? t(`${audience}.message`))}</div>
      ${contactList(t, contacts, reportUrl, this.onLinkClick)}
    `;
    const panel = this.checking
      ? checkPanel({
          warnings: [...this.warned],
          options: this.options,
          requested: this.language,
          shown: language,
          remembered: this.dismissal.remembered,
        })
      : nothing;

    if (variant === 'modal') {
      return html`<dialog
        part="banner"
        class=${classes}
        aria-labelledby="title"
        aria-modal="true"
        tabindex="-1"
        @cancel=${this.modal.onCancel}
        @keydown=${this.modal.onKeydown}
      >
        ${switcher} ${body}
        <div class="actions">
          <button part="acknowledge" class="primary" @click=${() => this.dismissal.dismiss('acknowledge')}>
            ${t('acknowledge')}
          </button>
        </div>
        ${panel}
      </dialog>`;
    }

    return html`<section part="banner" class=${classes} aria-label=${t('label')}>
      <div class="inner">
        ${body}
        <div class="tools">
          ${switcher}
          ${dismissible
            ? html`<button part="close" class="close" aria-label=${t('close')} @click=${() => this.dismissal.dismiss('close')}>
                <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3 3l10 10M13 3L3 13" /></svg>
              </button>`
            : nothing}
        </div>
      </div>
      ${panel}
    </section>`;
  }

  private readonly chooseLanguage = (language: Language) => {
    const previous = this.currentLanguage;
    if (language === previous) return;
    this.chosenLanguage = language;
    emit(this, 'report-banner-language', { language, previous });
  };

  private readonly onLinkClick = (event: Event) => {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    const { contact = '', channel } = link.dataset;
    emit(this, 'report-banner-link', { contact, channel: channel as LinkDetail['channel'], href: link.href });
  };
}
