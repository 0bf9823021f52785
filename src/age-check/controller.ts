/**
 * The age-check entry: a modal gate (the modal controller's, with no Escape) that asks the
 * visitor's age. "18 or older" enters and is remembered like a dismissal; "under 18" stays on
 * the gate, now showing help and a way out that replaces the page in the history, by a button
 * or by pressing Shift three times. Nothing is remembered for a young visitor.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { EXIT_PRESSES, EXIT_PRESS_GAP } from './options.js';
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
  exitUrl: () => string;
}

export class AgeCheckController implements ReactiveController {
  stage: AgeStage = 'ask';
  /** Shift presses counted towards the exit shortcut, announced as they come. */
  presses = 0;
  /** The exit was asked for; the page is on its way out. */
  leaving = false;
  readonly modal: ModalController;
  private decided = false;
  private lastPress = 0;
  private listening = false;

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

  /** Before the first render, once the options are known: a remembered adult is not asked again. */
  hostUpdate(): void {
    if (this.decided || !this.options.active()) return;
    this.decided = true;
    if (isRemembered(browserStorage(), adultKey(this.options.revision()), now())) this.stage = 'entered';
  }

  hostUpdated(): void {
    this.listen(this.gating && this.stage === 'youth');
  }

  hostDisconnected(): void {
    this.listen(false);
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
    this.options.dialog()?.focus();
  };

  /** Replaces this page in the history, so Back does not return to it. */
  readonly leave = (): void => {
    this.leaving = true;
    this.host.requestUpdate();
    window.location.replace(this.options.exitUrl());
  };

  private listen(on: boolean) {
    if (on === this.listening) return;
    this.listening = on;
    // On the window, so the shortcut works wherever focus is (even outside the dialog).
    if (on) window.addEventListener('keydown', this.onKeydown, true);
    else window.removeEventListener('keydown', this.onKeydown, true);
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Shift' || event.repeat || this.leaving) return;
    this.presses = event.timeStamp - this.lastPress > EXIT_PRESS_GAP ? 1 : this.presses + 1;
    this.lastPress = event.timeStamp;
    if (this.presses >= EXIT_PRESSES) this.leave();
    else this.host.requestUpdate();
  };
}
