import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ageCheckStyles } from './age-check.styles.js';
import { defaultContacts } from './contacts.js';
import { AgeCheckController } from './controllers/age-check.js';
import { BannerSizeController } from './controllers/banner-size.js';
import { DismissalController } from './controllers/dismissal.js';
import { ModalController } from './controllers/modal.js';
import { emit, type DismissReason, type LinkDetail } from './events.js';
import { translate } from './i18n.js';
import { nextTask } from './next-task.js';
import type { Language } from './language.js';
import { warnUnknownAttributes } from './mistakes.js';
import type { Audience, Position, Theme, Variant } from './options.js';
import { customText, linesOf } from './notice-text.js';
import { pageSwitches } from './page-switches.js';
import { resolveOptions, type ResolvedOptions } from './resolve-options.js';
import { styles } from './report-banner.styles.js';
import { safeDocument } from './safe-dom.js';
import { checkPanel, checkPanelStyles } from './templates/check-panel.js';
import { contactList } from './templates/contact-list.js';
import { ageCheckDialog } from './templates/age-check.js';
import { disclosure } from './templates/disclosure.js';
import { languageSwitch } from './templates/language-switch.js';
import { VERSION } from './version.js';

export type { AgeDetail, DismissDetail, DismissReason, LanguageDetail, LinkDetail, ShowDetail } from './events.js';

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
 * @fires {ShowDetail} report-banner-show - The banner appeared. `detail: { language, audience, variant, height }`.
 * @fires {DismissDetail} report-banner-dismiss - The visitor (or `hide()`) closes it; cancelable, `preventDefault()` keeps it open. `detail: { reason, rememberDays }`.
 * @fires {LanguageDetail} report-banner-language - The visitor chose another language. `detail: { language, previous }`.
 * @fires {LinkDetail} report-banner-link - The visitor followed a contact link. `detail: { contact, channel, href }`.
 * @fires {AgeDetail} report-banner-age - The visitor answered the age-check entry. `detail: { adult }`.
 *
 * @csspart banner - The landmark (or dialog) that holds everything.
 * @csspart title - The heading.
 * @csspart message - The paragraph under the heading.
 * @csspart contacts - The list of services.
 * @csspart link - Each contact link.
 * @csspart languages - The language switch.
 * @csspart more - The button that unfolds the full message and every service (bar and corner).
 * @csspart close - The close button.
 * @csspart acknowledge - The modal's "I understand" button.
 * @csspart adult - The age-check entry's "18 or older" button.
 * @csspart minor - The age-check entry's "under 18" button.
 * @csspart leave - The age-check entry's "leave this site" button, shown after "under 18".
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
  static override styles = [styles, ageCheckStyles, checkPanelStyles];
  /** Lets a second copy of the script on the page recognise this one. */
  static readonly version = VERSION;

  /** Language: `auto` (the page's `<html lang>`, then the browser's), `nl`, `fr`, `de` or `en`. */
  @property({ attribute: 'data-lang' }) language?: Language | 'auto';
  /** Language used by `auto` when neither page nor browser names a supported one. */
  @property({ attribute: 'data-fallback-lang' }) fallbackLanguage?: Language;
  /** Whom the text speaks to: `witness` (default) or `youth`. */
  @property({ attribute: 'data-audience' }) audience?: Audience;
  /** Layout: `bar` (default), `corner`, `inline`, `modal` or `age-check`. */
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
  /** Comma-separated contact ids, in order (default: Child Focus and 1712, plus a line in the young reader's language). */
  @property({ attribute: 'data-contacts' }) contacts?: string;
  /** An `https:` address of your own reporting form, shown beside the Child Focus reporting point. */
  @property({ attribute: 'data-report-url' }) reportUrl?: string;
  /** `auto` (follows the system), `light` or `dark`. */
  @property({ attribute: 'data-theme' }) theme?: Theme;
  /** A CSS colour for links, buttons and the top edge. */
  @property({ attribute: 'data-accent' }) accent?: string;
  /** Heading in the language `data-lang` names, as plain text (not shown with `auto`). */
  @property({ attribute: 'data-title' }) heading?: string;
  /** Message in the language `data-lang` names, as plain text (not shown with `auto`). */
  @property({ attribute: 'data-message' }) message?: string;
  /** Dutch heading. */ @property({ attribute: 'data-title-nl' }) headingNl?: string;
  /** French heading. */ @property({ attribute: 'data-title-fr' }) headingFr?: string;
  /** German heading. */ @property({ attribute: 'data-title-de' }) headingDe?: string;
  /** English heading. */ @property({ attribute: 'data-title-en' }) headingEn?: string;
  /** Dutch message. */ @property({ attribute: 'data-message-nl' }) messageNl?: string;
  /** French message. */ @property({ attribute: 'data-message-fr' }) messageFr?: string;
  /** German message. */ @property({ attribute: 'data-message-de' }) messageDe?: string;
  /** English message. */ @property({ attribute: 'data-message-en' }) messageEn?: string;
  /** After an adult entered the age check: `bar` (default) shows the banner as a bar, `none` nothing. */
  @property({ attribute: 'data-then' }) afterEntry?: 'bar' | 'none';
  /** Where the age check's "leave this site" goes (`https:`; default https://www.google.com/). */
  @property({ attribute: 'data-exit-url' }) exitUrl?: string;
  /** Age-check question, in the starting language. */ @property({ attribute: 'data-age-title' }) ageHeading?: string;
  /** Age-check notice, in the starting language. */ @property({ attribute: 'data-age-message' }) ageMessage?: string;
  /** Dutch age-check question. */ @property({ attribute: 'data-age-title-nl' }) ageHeadingNl?: string;
  /** French age-check question. */ @property({ attribute: 'data-age-title-fr' }) ageHeadingFr?: string;
  /** German age-check question. */ @property({ attribute: 'data-age-title-de' }) ageHeadingDe?: string;
  /** English age-check question. */ @property({ attribute: 'data-age-title-en' }) ageHeadingEn?: string;
  /** Dutch age-check notice. */ @property({ attribute: 'data-age-message-nl' }) ageMessageNl?: string;
  /** French age-check notice. */ @property({ attribute: 'data-age-message-fr' }) ageMessageFr?: string;
  /** German age-check notice. */ @property({ attribute: 'data-age-message-de' }) ageMessageDe?: string;
  /** English age-check notice. */ @property({ attribute: 'data-age-message-en' }) ageMessageEn?: string;

  /** The language picked in the switch; overrides the resolved one until options change. */
  @state() private chosenLanguage?: Language;
  /** Whether the visitor unfolded a bar or corner card (see templates/disclosure.ts). */
  @state() private expanded = false;

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
    dialog: () => (this.layout === 'modal' && this.banner instanceof HTMLDialogElement ? this.banner : null),
    isOpen: () => this.showing,
    dismissible: () => this.options.dismissible,
    dismiss: () => void this.dismiss('escape'),
    warn: (message) => this.warn(message),
  });
  private readonly ageCheck = new AgeCheckController(this, {
    active: () => this.options?.variant === 'age-check',
    dialog: () => this.renderRoot?.querySelector('dialog.age-check') ?? null,
    remember: () => this.options.remember,
    revision: () => this.options.revision,
    exitUrl: () => this.options.exitUrl,
    warn: (message) => this.warn(message),
  });

  constructor() {
    super();
    // Publishes the height and announces each showing; the element needs no handle on it.
    new BannerSizeController(this, {
      target: () => (this.showing ? this.banner : undefined),
      edge: () => {
        const layout = this.layout;
        return layout === 'bar' || layout === 'corner' ? (this.options.position === 'top' ? 'top' : 'bottom') : undefined;
      },
      onFirstSize: (height) => {
        const { audience, variant } = this.options;
        emit(this, 'report-banner-show', { language: this.currentLanguage, audience, variant, height });
      },
      onError: (error) => this.warn(`could not measure itself: ${String(error)}`),
    });
  }

  /**
   * Whether the notice is showing (false once dismissed, or when a dismissal is remembered). An
   * age-check entry shows until the visitor answers it; `show()` and `hide()` act on what follows.
   */
  get showing(): boolean {
    return this.ageCheck.gating || (this.dismissal.open && this.layout !== 'none');
  }

  /** What is on screen: the variant, or for an age check its gate and then what follows it. */
  private get layout(): Variant | 'none' | undefined {
    if (this.options?.variant !== 'age-check' || this.ageCheck.gating) return this.options?.variant;
    return this.options.afterEntry;
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
    return this.dismiss('api');
  }

  private async dismiss(reason: DismissReason): Promise<boolean> {
    try {
      return await this.dismissal.dismiss(reason);
    } catch (error) {
      this.warn(`could not close: ${String(error)}`);
      return false;
    }
  }

  private get currentLanguage(): Language {
    return this.chosenLanguage ?? this.options.language;
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
   * Runs one entry point from the browser into the widget (a lifecycle callback, say), so that
   * whatever goes wrong in it becomes a warning and never reaches the host page.
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

  override connectedCallback(): void {
    this.guard('start', () => super.connectedCallback());
  }

  override disconnectedCallback(): void {
    this.guard('leave the page', () => super.disconnectedCallback());
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    this.guard('read its options', () => super.attributeChangedCallback(name, old, value));
  }

  /** An error while updating (a broken polyfill, say) is reported here, never to the host page. */
  protected override async scheduleUpdate(): Promise<void> {
    // The first render runs in a task of its own: evaluating the script, creating the translator
    // and rendering in one go would be one long task that delays the host page's first input.
    if (!this.hasUpdated) await nextTask();
    try {
      super.scheduleUpdate();
    } catch (error) {
      this.warn(`could not update: ${String(error)}`);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.options || [...changed.keys()].some((key) => key !== 'chosenLanguage' && key !== 'expanded')) {
      const context = { documentLanguage: safeDocument.documentElement.lang, browserLanguages: navigator.languages };
      const known = [...ReportBanner.observedAttributes, 'data-target', 'data-check'];
      if (!this.options) warnUnknownAttributes(this.getAttributeNames(), known, this.warn);
      this.options = resolveOptions(this, context, this.warn);
      // Check mode (`data-check`) is read, not observed: it is for people testing, never for visitors.
      this.checking = this.hasAttribute('data-check') || this.switches.includes('check');
      if (changed.has('language')) this.chosenLanguage = undefined;
    }
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
    const layout = this.layout;
    // A notice over the page folds; one in the flow or a dialog shows everything.
    const folds = layout === 'bar' || layout === 'corner';
    const classes = `banner ${layout} ${position} ${theme}${folds && !this.expanded ? ' folded' : ''}`;
    // Inside the shadow root, so nothing is written on the element the page owns. Screen readers
    // pick the voice from `lang`; `dir` keeps a page's `dir="rtl"` from mirroring the text (all
    // four languages are written left to right).
    const dir = 'ltr';
    const switcher = languageSwitch(t, languages, language, this.chooseLanguage);
    const { texts, requested } = this.options;
    const shown = contacts ?? defaultContacts(language, audience);
    if (this.ageCheck.gating) {
      const title = customText(texts, 'age-title', language, requested);
      const message = customText(texts, 'age-message', language, requested);
      const onLink = this.onLinkClick;
      return ageCheckDialog({ t, language, classes, switcher, title, message, contacts: shown, reportUrl, onLink, gate: this.ageCheck });
    }
    const body = html`
      <h2 part="title" id="title">${customText(texts, 'title', language, requested) ?? t(`${audience}.title`)}</h2>
      <div class="details" id="details">
        <div class="text">
          <div part="message" class="message">${paragraphs(customText(texts, 'message', language, requested) ?? t(`${audience}.message`))}</div>
          ${linesOf(audience, t).map((line) => html`<p>${line}</p>`)}
        </div>
        ${contactList(t, shown, reportUrl, language, this.onLinkClick)}
      </div>
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
        lang=${language}
        dir=${dir}
        aria-labelledby="title"
        aria-modal="true"
        tabindex="-1"
        @cancel=${this.modal.onCancel}
        @keydown=${this.modal.onKeydown}
      >
        ${switcher} ${body}
        <div class="actions">
          <button part="acknowledge" class="primary" @click=${() => this.dismiss('acknowledge')}>
            ${t('acknowledge')}
          </button>
        </div>
        ${panel}
      </dialog>`;
    }

    return html`<section part="banner" class=${classes} lang=${language} dir=${dir} aria-label=${t('label')}>
      <div class="inner">
        ${body}
        <div class="tools">
          ${folds ? disclosure(t, this.expanded, 'details', this.toggle) : nothing} ${switcher}
        </div>
        ${dismissible
          ? html`<button part="close" class="close" aria-label=${t('close')} @click=${() => this.dismiss('close')}>
              <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3 3l10 10M13 3L3 13" /></svg>
            </button>`
          : nothing}
      </div>
      ${panel}
    </section>`;
  }

  private readonly toggle = () => {
    this.expanded = !this.expanded;
  };

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
