/**
 * The age-check entry: a modal gate (the modal controller's, with no Escape) that asks the
 * visitor's age. "18 or older" enters and is remembered like a dismissal; "under 18" stays on
 * the gate, now showing help and the quick exit (src/quick-exit/). Nothing is remembered for a
 * young visitor.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../notice/events.js';
import { adultKey, browserStorage, isRemembered, now, remember } from '../host/storage.js';
import { ModalController } from '../host/modal.js';

/** `ask`: the question; `youth`: help and the way out; `entered`: an adult went in. */
export type AgeStage = 'ask' | 'youth' | 'entered';

export interface AgeCheckOptions {
  /** Reports what goes wrong, never to the page. */
  warn: (message: string) => void;
  /** Whether the element is an age-check entry at all. */
  active: () => boolean;
  /** The rendered gate, or null. */
  dialog: () => HTMLDialogElement | null;
  remember: () => number;
  revision: () => string;
}

export class AgeCheckController implements ReactiveController {
  stage: AgeStage = 'ask';
  readonly modal: ModalController;
  private decided = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: AgeCheckOptions,
  ) {
    host.addController(this);
    // Only a choice closes the gate: Escape does nothing.
    this.modal = new ModalController(host, {
      dialog: options.dialog,
      isOpen: () => this.gating,
      dismissible: () => false,
      dismiss: () => undefined,
      warn: options.warn,
    });
  }

  /** Whether the gate is what shows. */
  get gating(): boolean {
    return this.options.active() && this.stage !== 'entered';
  }

  hostUpdate(): void {
    this.decide();
  }

  /**
   * Before the first render, once the options are known: a remembered adult is not asked again.
   * Reads storage once; the host may call it early, before its first update.
   */
  decide(): void {
    if (this.decided || !this.options.active()) return;
    this.decided = true;
    if (isRemembered(browserStorage(), adultKey(this.options.revision()), now())) this.stage = 'entered';
  }

  readonly enter = (): void => {
    if (this.stage !== 'ask') return;
    remember(browserStorage(), adultKey(this.options.revision()), this.options.remember(), now());
    this.stage = 'entered';
    this.host.requestUpdate();
    emit(this.host, 'report-banner-age', { adult: true });
  };

  readonly decline = async (): Promise<void> => {
    if (this.stage !== 'ask') return;
    this.stage = 'youth';
    this.host.requestUpdate();
    emit(this.host, 'report-banner-age', { adult: false });
    await this.host.updateComplete;
    // The button pressed is gone: the dialog takes focus, and its name is now the youth heading.
    // Back to its top, where the way out is, also when the question was scrolled to its end.
    const dialog = this.options.dialog();
    dialog?.scrollTo(0, 0);
    dialog?.focus();
  };
}
