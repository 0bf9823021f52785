import { html, nothing, type PropertyDeclaration, type PropertyDeclarations, type PropertyValues } from 'lit';
import { applyAccent } from '../theme/accent.js';
import { keepReadable } from '../theme/readable.js';
import { ageCheckStyles } from '../age-check/styles.js';
import { GATE_AUDIENCE, contactsFor, foldedLinks, shownContacts } from '../notice/contact-table.js';
import { AgeCheckController } from '../age-check/controller.js';
import { BannerSizeController } from '../host/banner-size.js';
import { describeElement, fixedPartsAt, giveRoomBack, hidingHolder, makeRoom } from '../host/make-room.js';
import { DismissalController } from '../notice/dismissal.js';
import { ModalController } from '../host/modal.js';
import { keepOnTop } from '../host/top-layer.js';
import { QuickExitController } from '../quick-exit/controller.js';
import { countEvents } from '../analytics/counts.js';
import { quickExitStyles } from '../quick-exit/styles.js';
import { exitButton, exitCover, exitStatus } from '../quick-exit/template.js';
import { emit, type DismissReason, type LinkDetail } from '../notice/events.js';
import { describeError } from '../host/guarded-element.js';
import { completeTranslations, prepareTranslations, translate } from '../notice/i18n.js';
import type { Language } from '../notice/language.js';
import { warnUnknownAttributes } from '../options/mistakes.js';
import type { Variant } from '../notice/layout.js';
import { contactText, customText, linesOf, wordingShown } from '../notice/text.js';
import { pageSwitches } from '../host/page-switches.js';
import { resolveOptions, type ResolvedOptions } from '../options/resolve.js';
import { KNOWN_ATTRIBUTES, OPTIONS, optionProperties, type OptionProperties } from '../options/schema.js';
import { locked, styles } from './report-banner.styles.js';
import { GuardedElement } from '../host/guarded-element.js';
import { safeDocument } from '../host/safe-dom.js';
import { checkLines, checkPanel, checkPanelStyles } from '../options/check-panel.js';
import { contactList, keepsAny } from '../notice/contact-list.js';
import { ageCheckDialog } from '../age-check/template.js';
import { disclosure } from '../notice/disclosure.js';
import { languageSwitch } from '../notice/language-switch.js';
import { afterNextFrame, nextTask, yieldIfLong } from '../start-up/next-task.js';
import { inSteps } from '../start-up/steps.js';
import { warmUpRendering } from '../start-up/warm-up.js';
import { barNotice, modalNotice, type NoticeParts } from '../notice/template.js';
import { VERSION } from './version.js';

export type { AgeDetail, DismissDetail, DismissReason, ExitDetail, LanguageDetail, LinkDetail, ShowDetail, UnfoldDetail, Wording } from '../notice/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'report-banner': ReportBanner;
  }
}

/** Every option of src/options/schema.ts is a property of the element. */
export interface ReportBanner extends OptionProperties {}

/** What a folded notice shows of a message: its first paragraph (one per line). */
const firstParagraph = (message: string) => message.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';

/**
 * A notice that sexual exploitation of minors is a crime, how to report it and where young
 * people find help. Every option is a `data-*` attribute; bad values are reported with
 * `console.warn` and replaced by their default, so the notice always shows.
 *
 * @summary The awareness and reporting banner.
 * @tagname report-banner
 *
 * @fires {ShowDetail} report-banner-show - The banner appeared. `detail: { language, audience, variant, wording, height }`.
 * @fires {DismissDetail} report-banner-dismiss - The visitor (or `hide()`) closes it; cancelable, `preventDefault()` keeps it open. `detail: { reason, rememberDays }`.
 * @fires {LanguageDetail} report-banner-language - The visitor chose another language. `detail: { language, previous }`.
 * @fires {LinkDetail} report-banner-link - The visitor followed a contact link. `detail: { contact, channel, href }`.
 * @fires {AgeDetail} report-banner-age - The visitor answered the age-check entry. `detail: { adult }`.
 * @fires {UnfoldDetail} report-banner-unfold - The visitor unfolded a bar or corner card ("More help"). `detail: {}`.
 * @fires {ExitDetail} report-banner-exit - The visitor took the quick exit; the page is covered and being replaced. `detail: { via }`.
 *
 * The parts name the pieces but take no style from the page (a listing's CSS would reach them too):
 * theme it through the custom properties, whose values are kept readable.
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
 * @csspart leave - The quick exit's "leave this site" button (youth audience, and the age check's under-18 view).
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
 * @cssprop [--report-banner-font-size] - Base text size (default 16px, kept between 14px and 24px; independent of the host page's root size).
 * @cssprop [--report-banner-radius] - Corner radius of the card, modal and buttons (at most 24px).
 * @cssprop [--report-banner-max-width] - Width of the content inside a bar (at least 480px).
 * @cssprop [--report-banner-z-index] - Stacking level of the bar and card where the browser has no top layer (default 2147483000).
 */
export class ReportBanner extends GuardedElement {
  static override styles = locked(styles, ageCheckStyles, quickExitStyles, checkPanelStyles);
  /** Lets a second copy of the script on the page recognise this one. */
  static readonly version = VERSION;
  /**
   * The banner the operator's script tag placed or took: while there is one, every other
   * `<report-banner>` (listing markup can add one) shows nothing.
   */
  static chosen?: Element;
  // `attribute: false` repeats what `state` implies, for the manifest analyzer.
  static override properties: PropertyDeclarations = {
    ...optionProperties(),
    chosenLanguage: { state: true, attribute: false },
    expanded: { state: true, attribute: false },
  };

  /** The language picked in the switch; overrides the resolved one until options change. */
  private declare chosenLanguage?: Language;
  /** Whether the visitor unfolded a bar or corner card (see templates/disclosure.ts). */
  private declare expanded: boolean;

  private get banner(): HTMLElement | null {
    return this.renderRoot?.querySelector('[part~="banner"]');
  }

  private options!: ResolvedOptions;
  /** Whether an option changed since the options were last resolved; the element's own state does not count. */
  private optionsChanged = true;
  private readonly switches = pageSwitches();
  /** `data-check`: the check as a panel in the banner. */
  private checking = false;
  /** Whether `?report-banner=check` has printed the check to the console. */
  private checkLogged = false;

  private readonly dismissal = new DismissalController(this, () => this.options, {
    showAnyway: () => this.switches.includes('show') || this.checking,
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
    warn: (message) => this.warn(message),
  });
  /** For a young reader: the gate's under-18 view, and a youth notice that is showing. */
  private readonly exit = new QuickExitController(this, {
    active: () => this.offersExit,
    cover: () => this.renderRoot?.querySelector('dialog.cover') ?? null,
    exitUrl: () => this.options.exitUrl,
  });

  /** Whether this page view drew the second wording of a comparison; drawn once, never stored. */
  private readonly drawnB = Math.random() < 0.5;

  constructor() {
    super();
    this.expanded = false;
    // Forwards the counts to the page's analytics when `data-analytics` asks for it.
    countEvents(this, {
      tools: () => this.options?.analytics,
      context: () => ({ language: this.currentLanguage, audience: this.options.audience, wording: this.wording, variant: this.layout! }),
      warn: this.warn,
    });
    // Publishes the height and announces each showing; the element needs no handle on it.
    new BannerSizeController(this, {
      target: () => (this.showing ? this.banner : undefined),
      edge: () => (this.folds ? (this.options.position === 'top' ? 'top' : 'bottom') : undefined),
      onFirstSize: (height) => {
        const { audience, variant } = this.options;
        emit(this, 'report-banner-show', { language: this.currentLanguage, audience, variant, wording: this.wording, height });
      },
      onMeasured: (target, _height, edge) => this.placeAmongPageParts(target, edge),
      onStopped: giveRoomBack,
      onError: (error) => this.warn(`could not measure itself: ${describeError(error)}`),
    });
  }

  /** Whether the page's fixed parts at the banner's edge were already named in a warning. */
  private fixedPartsNamed = false;

  /**
   * After each measurement, a bar or card makes room among the page's fixed parts at its edge
   * (`data-make-room`) or names them once.
   */
  private placeAmongPageParts(target: Element, edge: 'top' | 'bottom' | undefined) {
    // Without data-make-room the parts are named once; hit-testing again would only force layouts.
    if (!edge || (!this.options.makeRoom && this.fixedPartsNamed)) return;
    const parts = fixedPartsAt(target);
    if (this.options.makeRoom) return makeRoom(parts, edge);
    if (!parts.length || this.fixedPartsNamed) return;
    this.fixedPartsNamed = true;
    const many = parts.length > 1;
    this.warn(
      `${parts.map(describeElement).join(', ')} ${many ? 'are' : 'is'} fixed at the ${edge} edge, where the banner covers ${many ? 'them' : 'it'} or is covered; ` +
        `add data-make-room to move ${many ? 'them' : 'it'} clear, or move ${many ? 'them' : 'it'} by var(--report-banner-height).`,
    );
  }

  /** Whether another `<report-banner>` on the page is the one shown (`ReportBanner.chosen`). */
  private get outranked(): boolean {
    return !!ReportBanner.chosen && ReportBanner.chosen !== this;
  }

  /**
   * Whether the notice is showing (false once dismissed, or when a dismissal is remembered). An
   * age-check entry shows until the visitor answers it; `show()` and `hide()` act on what follows.
   */
  get showing(): boolean {
    if (this.outranked) return false;
    return this.ageCheck.gating || (this.dismissal.open && this.layout !== 'none');
  }

  /** What is on screen: the variant, or for an age check its gate and then what follows it. */
  private get layout(): Variant | 'none' | undefined {
    if (this.options?.variant !== 'age-check' || this.ageCheck.gating) return this.options?.variant;
    return this.options.afterEntry;
  }

  /** A notice over the page (bar or corner card) folds; one in the flow or a dialog shows everything. */
  private get folds(): boolean {
    return this.layout === 'bar' || this.layout === 'corner';
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
      this.warn(`could not close: ${describeError(error)}`);
      return false;
    }
  }

  private get offersExit(): boolean {
    if (!this.showing) return false;
    return this.ageCheck.gating ? this.ageCheck.stage === 'youth' : this.options.audience === 'youth';
  }

  private get currentLanguage(): Language {
    return this.chosenLanguage ?? this.options.language;
  }

  /**
   * The wording on screen (see `wordingShown`). The age check's question has no second wording:
   * while it asks, it shows and counts the first, whichever was drawn.
   */
  private get wording() {
    if (this.ageCheck.gating) return 'a';
    return wordingShown(this.drawnB, this.options.texts, this.currentLanguage, this.options.requested);
  }

  /**
   * The first render's preparation, in tasks short enough not to hold up the host page's input:
   * options and storage; evaluating i18next; setting it up with the one language the notice
   * starts in; composing the services' texts the notice shows (the first lookups through i18next
   * cost most of a first render: BENCHMARKS.md); compiling Lit's rendering. Nothing of it when a
   * remembered dismissal means nothing will show. Each `yield` ends a step; steps short enough
   * share a task (src/start-up/steps.ts).
   */
  protected *prepareFirstRender(): Generator<void, void, void> {
    this.resolve();
    this.dismissal.decide();
    this.ageCheck.decide();
    if (!this.showing) return this.logCheck();
    yield;
    yield* prepareTranslations(this.options.language);
    yield;
    yield* this.composeContacts(true);
    warmUpRendering();
  }

  /**
   * The texts of the services the notice shows in its language, one service per step; `first`:
   * only those its first frame shows (folded, the services whose links it keeps).
   */
  private *composeContacts(first = false): Generator<void, void, void> {
    const { contacts, audience } = this.options;
    const language = this.currentLanguage;
    const t = translate(language);
    const place = this.ageCheck.gating ? 'gate-question' : undefined;
    const shown = shownContacts(contacts, language, audience, place);
    const keep = first && !place && this.folds ? foldedLinks(shown, language, audience) : undefined;
    for (const contact of shown) {
      if (keep && !keepsAny(contact, keep, language)) continue;
      contactText(contact, t, language);
      yield;
    }
  }

  /**
   * Whether the whole notice is rendered. Until the notice has been drawn once, it renders only
   * what the visitor sees at first: folded, the title, the message's first paragraph and the
   * links the contact table keeps folded; never the check panel. The rest follows in later tasks.
   */
  private whole = false;
  private completing?: Promise<void>;

  /** What the first frame left out, one step per `yield`: every language, then the contacts' texts. */
  private *completeAfterFirstFrame(): Generator<void, void, void> {
    completeTranslations();
    yield;
    // Those of a language the visitor chose meanwhile; the first language's are kept.
    yield* this.composeContacts();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.whole) this.requestUpdate();
  }

  /** The first update waits for its preparation, in steps (src/start-up/steps.ts). */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await inSteps(yieldIfLong(), this.prepareFirstRender(), (step) => this.guard('update', step));
    super.scheduleUpdate();
  }

  /** Resolves once the whole notice is rendered, not only what its first frame shows. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.completing || this.whole) return done;
    await this.completing;
    return super.getUpdateComplete();
  }

  override requestUpdate(
    name?: PropertyKey,
    oldValue?: unknown,
    options?: PropertyDeclaration,
    useNewValue?: boolean,
    newValue?: unknown,
  ): void {
    if (typeof name === 'string' && Object.prototype.hasOwnProperty.call(OPTIONS, name)) this.optionsChanged = true;
    super.requestUpdate(name, oldValue, options, useNewValue, newValue);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Options resolved while preparing the first render are not resolved again unless one changed since.
    if (!this.options || this.optionsChanged) {
      this.resolve();
      if (changed.has('language')) this.chosenLanguage = undefined;
    }
  }

  private resolve(): void {
    this.optionsChanged = false;
    const context = { documentLanguage: safeDocument.documentElement.lang, browserLanguages: navigator.languages };
    if (!this.options) warnUnknownAttributes(this.getAttributeNames(), KNOWN_ATTRIBUTES, this.warn);
    this.options = resolveOptions(this, context, this.warn, { warn: this.warnOncePerPage, advise: this.advise });
    // Check mode (`data-check`) is read, not observed: it is for people testing, never for visitors.
    // The address switch is not enough for the panel: anyone can put it in a link (logCheck).
    this.checking = this.hasAttribute('data-check');
  }

  protected override updated(): void {
    applyAccent(this.banner, this.options.accent);
    // Not in the first frame's task: reading computed colours there would make it style the whole
    // page at once (every visitor pays it); the whole notice renders a frame later and is checked.
    if (this.whole) keepReadable(this.banner, this.warn);
    if (this.folds) {
      // Entering the top layer styles and lays out the notice at once: after the first render in
      // a task of its own (the frame then only paints), not as a second half of the render's task.
      const box = this.banner;
      if (this.whole) keepOnTop(box);
      else void nextTask().then(() => this.guard('show on top', () => keepOnTop(box)));
    }
    if (this.whole) this.logCheck();
    // Once the first frame is drawn, what it left out, then the whole notice.
    if (this.showing) {
      this.completing ??= inSteps(afterNextFrame(), this.completeAfterFirstFrame(), (step) => this.guard('update', step)).then(() => {
        this.whole = true;
        // A banner the page removed meanwhile renders the rest when it is back (`connectedCallback`):
        // measured away from the page, it would publish a height it does not have.
        if (this.isConnected) this.requestUpdate();
      });
    }
    if (!this.seenChecked && this.layout === 'inline' && this.showing) {
      this.seenChecked = true;
      // A frame later, once laid out (a hidden element gets no size report to wait for).
      requestAnimationFrame(() => this.guard('check where it stands', () => this.checkSeen()));
    }
  }

  /** Whether an inline banner was checked for a holder that hides it. */
  private seenChecked = false;

  /** An inline banner in a hidden holder (a tag manager's, a closed tab) shows nothing: say why, once. */
  private checkSeen() {
    // The layout may have changed during the frame waited for: check again once it is inline again.
    if (this.layout !== 'inline' || !this.showing) {
      this.seenChecked = false;
      return;
    }
    if (!this.isConnected || this.getBoundingClientRect().height > 0) return;
    const holder = hidingHolder(this);
    this.warn(
      `the inline banner has no height, so nobody sees it: ${holder ? describeElement(holder) : 'its holder'} is hidden or has no size. ` +
        'Place it in a visible element (data-target), or leave out data-variant="inline" for a bar.',
    );
  }

  protected override render() {
    if (!this.showing) return nothing;
    const { variant, position, theme, audience, dismissible, languages, contacts, reportUrl, texts, requested } = this.options;
    const language = this.currentLanguage;
    const t = translate(language);
    const layout = this.layout;
    const folds = this.folds;
    const classes = `banner ${layout} ${position} ${theme}${folds && !this.expanded ? ' folded' : ''}${this.offersExit ? ' has-exit' : ''}`;
    const switcher = languageSwitch(t, languages, language, this.chooseLanguage);
    const cover = this.offersExit ? exitCover(t) : nothing;
    if (this.ageCheck.gating) {
      const title = customText(texts, 'age-title', language, requested);
      const message = customText(texts, 'age-message', language, requested);
      const onLink = this.onLinkClick;
      const asked = shownContacts(contacts, language, audience, 'gate-question');
      const minor = contactsFor(language, audience, 'gate-minor');
      const keep = foldedLinks(asked, language, GATE_AUDIENCE);
      const gate = ageCheckDialog({ t, language, classes, switcher, title, message, contacts: asked, keep, minor, reportUrl, onLink, gate: this.ageCheck, exit: this.exit });
      return html`${gate}${cover}`;
    }
    const shown = shownContacts(contacts, language, audience);
    // The first frame: a folded notice shows only part of itself, and no notice the check panel.
    const partial = folds && !this.expanded && !this.whole;
    const panel = this.checking && this.whole ? checkPanel(this.checkLines()) : nothing;
    const b = this.wording === 'b';
    // The second wording where one is given and drawn; the first (the operator's, else the translation) otherwise.
    const textOf = (kind: 'title' | 'message') =>
      (b ? customText(texts, `${kind}-b`, language, requested) : undefined) ?? customText(texts, kind, language, requested) ?? t(`${audience}.${kind}`);
    const message = textOf('message');
    const parts: NoticeParts = {
      t,
      language,
      classes,
      title: textOf('title'),
      message: partial ? firstParagraph(message) : message,
      lines: partial ? [] : linesOf(audience, t),
      contacts: contactList(t, shown, reportUrl, language, this.onLinkClick, folds ? foldedLinks(shown, language, audience) : undefined, partial),
      switcher,
      panel,
      exit: this.offersExit ? { button: exitButton(t, this.exit), status: exitStatus(t, this.exit) } : undefined,
    };
    if (variant === 'modal') {
      const { onCancel, onKeydown } = this.modal;
      return html`${modalNotice(parts, { onCancel, onKeydown, onAcknowledge: () => this.dismiss('acknowledge') })}${cover}`;
    }
    const notice = barNotice(parts, {
      popover: folds,
      disclosure: folds ? disclosure(t, this.expanded, 'details', this.toggle) : nothing,
      onClose: dismissible ? () => this.dismiss('close') : undefined,
    });
    return html`${notice}${cover}`;
  }

  private checkLines(): string[] {
    return checkLines({
      warnings: [...this.warned],
      options: this.options,
      requested: this.language,
      shown: this.currentLanguage,
      remembered: this.dismissal.remembered,
    });
  }

  /** `?report-banner=check`: the check in the console, once the notice is whole or known hidden; the page is left as it is. */
  private logCheck() {
    if (this.checkLogged || !this.switches.includes('check') || this.outranked) return;
    this.checkLogged = true;
    try {
      console.info(`report-banner check:\n${this.checkLines().join('\n')}`);
    } catch {
      // A page that replaced the console gets no check.
    }
  }

  private readonly toggle = () => {
    this.expanded = !this.expanded;
    if (this.expanded) emit(this, 'report-banner-unfold', {});
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
