import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { chooseContacts, type Channel, type Contact } from './contacts.js';
import { BACKGROUNDS, MIN_CONTRAST, contrastRatio, parseRgb, toHex, withContrast } from './contrast.js';
import { createTranslations } from './i18n.js';
import { LANGUAGES, LANGUAGE_NAMES, resolveLanguage, type Language } from './language.js';
import {
  AUDIENCES,
  THEMES,
  VARIANTS,
  parseBoolean,
  parseChoice,
  parseDays,
  parseHttpsUrl,
  parseLanguages,
  parsePosition,
  parseRevision,
  parseText,
  type Audience,
  type Position,
  type Theme,
  type Variant,
} from './options.js';
import { styles } from './report-banner.styles.js';
import { browserStorage, forgetExpired, isDismissed, now, rememberDismissal } from './storage.js';
import { safeDocument } from './safe-dom.js';
import { VERSION } from './version.js';

/** Why the banner closed: the close button, Escape, the modal's acknowledgement, or `hide()`. */
export type DismissReason = 'close' | 'escape' | 'acknowledge' | 'api';

export interface ShowDetail {
  language: Language;
  audience: Audience;
  variant: Variant;
  /** The banner's rendered height in CSS pixels, so a page can pad itself. */
  height: number;
}
export interface DismissDetail {
  reason: DismissReason;
  /** Days the dismissal will be remembered; 0 when it is not. */
  rememberDays: number;
}
export interface LanguageDetail {
  language: Language;
  previous: Language;
}
export interface LinkDetail {
  contact: string;
  channel: Channel['kind'];
  href: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'report-banner': ReportBanner;
  }
  interface HTMLElementEventMap {
    'report-banner-show': CustomEvent<ShowDetail>;
    'report-banner-dismiss': CustomEvent<DismissDetail>;
    'report-banner-language': CustomEvent<LanguageDetail>;
    'report-banner-link': CustomEvent<LinkDetail>;
  }
}

interface ResolvedOptions {
  language: Language;
  audience: Audience;
  variant: Variant;
  position: Position;
  dismissible: boolean;
  remember: number;
  revision: string;
  languages: Language[];
  contacts: Contact[];
  reportUrl?: string;
  theme: Theme;
  /** The accent per theme, already adjusted for contrast. */
  accent?: { light: string; dark: string };
  texts: Partial<Record<`${'title' | 'message'}-${Language | 'all'}`, string>>;
}

let translator: ReturnType<typeof createTranslations> | undefined;
/** i18next starts on the first render, so a visitor who dismissed the banner never pays for it. */
const translations = (language: Language) => (translator ??= createTranslations())(language);

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
  static override styles = styles;
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
  /** Dutch heading. */
  @property({ attribute: 'data-title-nl' }) headingNl?: string;
  /** French heading. */
  @property({ attribute: 'data-title-fr' }) headingFr?: string;
  /** German heading. */
  @property({ attribute: 'data-title-de' }) headingDe?: string;
  /** English heading. */
  @property({ attribute: 'data-title-en' }) headingEn?: string;
  /** Dutch message. */
  @property({ attribute: 'data-message-nl' }) messageNl?: string;
  /** French message. */
  @property({ attribute: 'data-message-fr' }) messageFr?: string;
  /** German message. */
  @property({ attribute: 'data-message-de' }) messageDe?: string;
  /** English message. */
  @property({ attribute: 'data-message-en' }) messageEn?: string;

  /** Whether the notice is showing. */
  @state() private open = false;
  /** The language picked in the switch; overrides the resolved one until options change. */
  @state() private chosenLanguage?: Language;

  @query('[part~="banner"]') private banner?: HTMLElement;

  private options!: ResolvedOptions;
  private readonly warned = new Set<string>();
  private resizeObserver?: ResizeObserver;
  private announcedShow = false;
  private publishedHeight?: string;

  /** Whether the notice is showing (false once dismissed, or when a dismissal is remembered). */
  get showing(): boolean {
    return this.open;
  }

  /** Shows the notice (again), whatever was remembered. */
  async show(): Promise<void> {
    this.open = true;
    await this.updateComplete;
  }

  /**
   * Closes the notice without remembering it. Resolves to `false` when a
   * `report-banner-dismiss` listener called `preventDefault()`.
   */
  hide(): Promise<boolean> {
    return this.dismiss('api');
  }

  private readonly warn = (message: string) => {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    try {
      console.warn(`report-banner: ${message}`);
    } catch {
      // A page that replaced console.warn gets no message, but still the notice.
    }
  };

  /**
   * Runs one entry point from the browser into the widget (a callback, an observer, a click),
   * so that whatever goes wrong in it becomes a warning and never reaches the host page.
   */
  private guard<T>(what: string, run: () => T): T | undefined {
    try {
      return run();
    } catch (error) {
      this.warn(`could not ${what}: ${String(error)}`);
      return undefined;
    }
  }

  /** A page that already attached a shadow root, or broke attachShadow, gets a warning. */
  protected override createRenderRoot() {
    return this.guard('attach its shadow root', () => super.createRenderRoot()) ?? safeDocument.createDocumentFragment();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    this.guard('read its options', () => super.attributeChangedCallback(name, old, value));
  }

  /** An error while updating (a broken polyfill, say) is reported here, never to the host page. */
  protected override scheduleUpdate(): void {
    try {
      super.scheduleUpdate();
    } catch (error) {
      this.warn(`could not update: ${String(error)}`);
    }
  }

  private resolveOptions(): ResolvedOptions {
    const warn = this.warn;
    const variant = parseChoice('data-variant', this.variant, VARIANTS, 'bar', warn);
    const fallback = parseChoice('data-fallback-lang', this.fallbackLanguage, LANGUAGES, 'en', warn);
    const requested = parseChoice('data-lang', this.language, ['auto', ...LANGUAGES], 'auto', warn);
    const text = (attribute: string, value: unknown) => parseText(attribute, value, warn);
    const theme = parseChoice('data-theme', this.theme, THEMES, 'auto', warn);
    return {
      language: resolveLanguage(requested, {
        documentLanguage: safeDocument.documentElement.lang,
        browserLanguages: navigator.languages,
        fallback,
      }),
      audience: parseChoice('data-audience', this.audience, AUDIENCES, 'witness', warn),
      variant,
      position: parsePosition('data-position', this.position, variant, warn),
      dismissible: parseBoolean('data-dismissible', this.dismissible, true, warn),
      remember: parseDays('data-remember', this.remember, 30, warn),
      revision: parseRevision('data-revision', this.revision, '1', warn),
      languages: parseLanguages('data-langs', this.languages, warn),
      contacts: chooseContacts('data-contacts', this.contacts, warn),
      reportUrl: parseHttpsUrl('data-report-url', this.reportUrl, warn),
      theme,
      accent: this.parseAccent(theme),
      texts: {
        'title-all': text('data-title', this.heading),
        'message-all': text('data-message', this.message),
        'title-nl': text('data-title-nl', this.headingNl),
        'title-fr': text('data-title-fr', this.headingFr),
        'title-de': text('data-title-de', this.headingDe),
        'title-en': text('data-title-en', this.headingEn),
        'message-nl': text('data-message-nl', this.messageNl),
        'message-fr': text('data-message-fr', this.messageFr),
        'message-de': text('data-message-de', this.messageDe),
        'message-en': text('data-message-en', this.messageEn),
      },
    };
  }

  /**
   * The operator's accent for each theme, darkened or lightened where it would not reach 4.5:1
   * on that theme's background.
   */
  private parseAccent(themeShown: Theme): ResolvedOptions['accent'] {
    const value = this.accent?.trim();
    if (!value) return undefined;
    const context = CSS.supports('color', value) ? safeDocument.createElement('canvas').getContext('2d') : null;
    // Colours that depend on where they are used (the theme, the system, the element) have no
    // one value to check for contrast.
    const contextual = /var\(|env\(|attr\(|light-dark\(|currentcolor|accentcolor|inherit|initial|unset/i;
    // A value the canvas refuses leaves fillStyle as it was: it is tried from two starting colours.
    const serialise = (canvas: CanvasRenderingContext2D, start: string) => {
      canvas.fillStyle = start;
      canvas.fillStyle = value;
      return String(canvas.fillStyle);
    };
    const serialised = context && !contextual.test(value) ? serialise(context, '#000') : undefined;
    if (context && serialised === serialise(context, '#fff')) {
      const accent: Partial<Record<keyof typeof BACKGROUNDS, string>> = {};
      for (const theme of ['light', 'dark'] as const) {
        const color = parseRgb(serialised, BACKGROUNDS[theme]);
        if (!color) break;
        const usable = withContrast(color, BACKGROUNDS[theme]);
        accent[theme] = toHex(usable);
        if (accent[theme] !== toHex(color) && (themeShown === 'auto' || themeShown === theme)) {
          const ratio = contrastRatio(color, BACKGROUNDS[theme]).toFixed(1);
          this.warn(
            `data-accent=${JSON.stringify(value)} has a contrast of ${ratio}:1 on the ${theme} background; ` +
              `using ${accent[theme]} there instead (text needs at least ${MIN_CONTRAST}:1).`,
          );
        }
      }
      if (accent.light && accent.dark) return { light: accent.light, dark: accent.dark };
    }
    this.warn(
      `data-accent=${JSON.stringify(value)} is not valid; use a CSS colour in hex, rgb(), hsl() or by name, such as "#1f5f99". Using the default.`,
    );
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const optionChanged = [...changed.keys()].some((key) => key !== 'open' && key !== 'chosenLanguage');
    if (optionChanged || !this.options) {
      this.options = this.resolveOptions();
      if (changed.has('language')) this.chosenLanguage = undefined;
    }
    if (!this.hasUpdated) {
      const store = browserStorage();
      forgetExpired(store, now());
      // A notice the operator made non-dismissible never yields to a remembered dismissal.
      this.open = !this.options.dismissible || !isDismissed(store, this.options.revision, now());
    }
    // Screen readers pick the voice from `lang`, which may differ from the host page's.
    this.lang = this.currentLanguage;
  }

  private get currentLanguage(): Language {
    return this.chosenLanguage ?? this.options.language;
  }

  /** NGO wording for the language on screen; the generic text belongs to the starting language. */
  private customText(kind: 'title' | 'message'): string | undefined {
    const language = this.currentLanguage;
    const { texts } = this.options;
    return texts[`${kind}-${language}`] ?? (language === this.options.language ? texts[`${kind}-all`] : undefined);
  }

  protected override render() {
    if (!this.open) return nothing;
    const { variant, position, theme, audience, dismissible } = this.options;
    const t = translations(this.currentLanguage);
    const classes = `banner ${variant} ${position} ${theme}`;
    const body = html`
      <h2 part="title" id="title">${this.customText('title') ?? t(`${audience}.title`)}</h2>
      <p part="message">${this.customText('message') ?? t(`${audience}.message`)}</p>
      ${this.renderContacts(t)}
    `;

    if (variant === 'modal') {
      return html`<dialog
        part="banner"
        class=${classes}
        aria-labelledby="title"
        aria-modal="true"
        tabindex="-1"
        @cancel=${this.onCancel}
        @keydown=${this.onDialogKeydown}
      >
        ${this.renderLanguages(t)} ${body}
        <div class="actions">
          <button part="acknowledge" class="primary" @click=${() => this.dismiss('acknowledge')}>
            ${t('acknowledge')}
          </button>
        </div>
      </dialog>`;
    }

    return html`<section part="banner" class=${classes} aria-label=${t('label')}>
      <div class="inner">
        ${body}
        <div class="tools">
          ${this.renderLanguages(t)}
          ${dismissible
            ? html`<button part="close" class="close" aria-label=${t('close')} @click=${() => this.dismiss('close')}>
                <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3 3l10 10M13 3L3 13" /></svg>
              </button>`
            : nothing}
        </div>
      </div>
    </section>`;
  }

  private renderContacts(t: ReturnType<typeof translations>): TemplateResult {
    const { contacts, reportUrl } = this.options;
    return html`<ul part="contacts" class="contacts" aria-label=${t('contacts')} @click=${this.onLinkClick}>
      ${contacts.map(
        (contact) => html`<li class="contact">
          <span><span class="contact-name">${contact.name}</span> ${t(`contact.${contact.id}`)}</span>
          <span class="channels">
            ${contact.channels.map((channel) => {
              const href = channel.kind === 'report' && reportUrl ? reportUrl : channel.href;
              let label: string;
              if (channel.kind === 'phone') {
                const name = channel.whom ? t(`whom.${channel.whom}`) : contact.name;
                // "Call 1712: 1712" would say the name twice.
                label = t(name === channel.number ? 'channel.call' : 'channel.phone', { name, number: channel.number });
              } else if (channel.kind === 'report') {
                label = reportUrl ? t('channel.reportCustom', { host: new URL(reportUrl).hostname }) : t('channel.report');
              } else {
                label = t('channel.site', { name: contact.name });
              }
              const external = channel.kind !== 'phone';
              return html`<a
                part="link"
                class=${channel.kind}
                href=${href}
                data-contact=${contact.id}
                data-channel=${channel.kind}
                target=${external ? '_blank' : nothing}
                rel=${external ? 'noopener noreferrer' : nothing}
                >${label}</a
              >`;
            })}
          </span>
        </li>`,
      )}
    </ul>`;
  }

  private renderLanguages(t: ReturnType<typeof translations>) {
    const { languages } = this.options;
    if (languages.length < 2) return nothing;
    const current = this.currentLanguage;
    return html`<div part="languages" class="languages" role="group" aria-label=${t('language')}>
      ${languages.map(
        (language) => html`<button
          lang=${language}
          aria-pressed=${language === current ? 'true' : 'false'}
          @click=${() => this.chooseLanguage(language)}
        >
          ${LANGUAGE_NAMES[language]}
        </button>`,
      )}
    </div>`;
  }

  private chooseLanguage(language: Language) {
    const previous = this.currentLanguage;
    if (language === previous) return;
    this.chosenLanguage = language;
    this.emit<LanguageDetail>('report-banner-language', { language, previous });
  }

  private onLinkClick(event: Event) {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    this.emit<LinkDetail>('report-banner-link', {
      contact: link.dataset.contact!,
      channel: link.dataset.channel as Channel['kind'],
      href: link.href,
    });
  }

  private onCancel(event: Event) {
    // The dialog must only close through `dismiss`, which honours data-dismissible and listeners.
    event.preventDefault();
  }

  private onDialogKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (this.options.dismissible) void this.dismiss('escape');
    } else if (event.key === 'Tab') {
      this.keepFocusInside(event);
    }
  }

  /** Tab from the last control wraps to the first (and back), so focus never leaves the modal. */
  private keepFocusInside(event: KeyboardEvent) {
    const controls = [...this.renderRoot.querySelectorAll<HTMLElement>('dialog a[href], dialog button')];
    const first = controls[0];
    const last = controls[controls.length - 1];
    const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    if (event.shiftKey && (active === first || !active)) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  }

  private async dismiss(reason: DismissReason): Promise<boolean> {
    try {
      return await this.close(reason);
    } catch (error) {
      this.warn(`could not close: ${String(error)}`);
      return false;
    }
  }

  private async close(reason: DismissReason): Promise<boolean> {
    if (!this.open) return true;
    const { remember, revision } = this.options;
    // Only the visitor's own choice is remembered, never a programmatic hide().
    const rememberDays = reason === 'api' ? 0 : remember;
    if (!this.emit<DismissDetail>('report-banner-dismiss', { reason, rememberDays }, true)) return false;
    if (rememberDays > 0) rememberDismissal(browserStorage(), revision, rememberDays, now());
    // Closing the dialog before it leaves the DOM lets the browser return focus where it was.
    if (this.banner instanceof HTMLDialogElement) this.banner.close();
    this.open = false;
    await this.updateComplete;
    return true;
  }

  protected override updated(changed: PropertyValues): void {
    // Through the CSSOM: a style attribute is inline style, which a strict Content-Security-Policy
    // refuses and reports to the host page.
    const { accent } = this.options;
    for (const theme of ['light', 'dark'] as const) {
      if (accent) this.banner?.style.setProperty(`--_accent-${theme}`, accent[theme]);
      else this.banner?.style.removeProperty(`--_accent-${theme}`);
    }
    if (!changed.has('open')) return;
    if (this.open) this.opened();
    else this.closed();
  }

  private opened() {
    const banner = this.banner;
    if (!banner) return;
    if (banner instanceof HTMLDialogElement && !banner.matches(':modal')) {
      // A dialog moved in the DOM stays `open` but stops being modal: reopen it as a modal.
      if (banner.open) banner.close();
      banner.showModal();
      // Start reading at the top of the dialog rather than on its first button.
      banner.focus();
    }
    // The first size report comes after layout and before paint: no forced synchronous layout.
    this.resizeObserver = new ResizeObserver(([entry]) =>
      this.guard('measure itself', () => {
        const height = Math.round(entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height);
        if (this.options.variant === 'bar') this.publishHeight(`${height}px`);
        if (this.announcedShow) return;
        this.announcedShow = true;
        const { audience, variant } = this.options;
        this.emit<ShowDetail>('report-banner-show', { language: this.currentLanguage, audience, variant, height });
      }),
    );
    this.resizeObserver.observe(banner);
  }

  /**
   * `--report-banner-height` on `<html>` while a bar shows. Only a value the banner set itself is
   * ever removed, so a page's own value survives a card or modal closing.
   */
  private publishHeight(height?: string) {
    const style = safeDocument.documentElement.style;
    if (height) {
      style.setProperty('--report-banner-height', height);
    } else if (this.publishedHeight && style.getPropertyValue('--report-banner-height') === this.publishedHeight) {
      style.removeProperty('--report-banner-height');
    }
    this.publishedHeight = height;
  }

  private closed(dismissed = true) {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    // One impression per element and showing: moving it in the page is not a new one.
    if (dismissed) this.announcedShow = false;
    this.publishHeight();
  }

  override disconnectedCallback(): void {
    this.guard('leave the page', () => {
      super.disconnectedCallback();
      this.closed(false);
    });
  }

  override connectedCallback(): void {
    this.guard('start', () => {
      super.connectedCallback();
      // Reconnected after a host page moved it: observe the size again.
      if (this.hasUpdated && this.open) this.opened();
    });
  }

  /** Dispatches a prefixed event that crosses the shadow boundary; returns false if cancelled. */
  private emit<T>(name: string, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable }));
  }
}
