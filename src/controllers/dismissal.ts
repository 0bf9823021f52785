/**
 * Whether the notice shows, and the visitor's dismissal of it: decided once from what storage
 * remembers for this revision, announced as a cancelable `report-banner-dismiss`, and remembered
 * for the configured number of days when the visitor (not a script) closed it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit, type DismissReason } from '../events.js';
import { browserStorage, forgetExpired, isDismissed, now, rememberDismissal } from '../storage.js';

export interface DismissalOptions {
  /** Days a visitor's dismissal is remembered; 0 remembers nothing. */
  remember: number;
  /** The notice's revision: each has its own memory, so a new one shows to everyone again. */
  revision: string;
  /** Whether the visitor may close it; a notice that may not is never hidden by storage. */
  dismissible: boolean;
}

/** What the host decides about a remembered dismissal: show anyway (a tester asked), or say why not. */
export interface RememberedHooks {
  showAnyway(): boolean;
  hidden(revision: string): void;
}

export class DismissalController implements ReactiveController {
  /** Whether the notice is showing. */
  open = false;
  /** Whether this browser remembers a dismissal of this revision (known from the first update). */
  remembered = false;
  private decided = false;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: () => DismissalOptions,
    private readonly hooks: RememberedHooks,
  ) {
    host.addController(this);
  }

  /** Before the first render, once the options are known: a remembered dismissal hides the notice. */
  hostUpdate(): void {
    if (this.decided) return;
    this.decided = true;
    const store = browserStorage();
    forgetExpired(store, now());
    const { dismissible, revision } = this.options();
    // A dismissal remembered for a dismissible notice (elsewhere on the site) never hides one the
    // operator made non-dismissible.
    this.remembered = dismissible && isDismissed(store, revision, now());
    this.open = !this.remembered || this.hooks.showAnyway();
    if (!this.open) this.hooks.hidden(revision);
  }

  /** Shows the notice, whatever storage remembers. */
  show(): void {
    this.decided = true;
    this.open = true;
    this.host.requestUpdate();
  }

  /** Closes the notice unless a listener cancels the event; resolves once it is gone. */
  async dismiss(reason: DismissReason): Promise<boolean> {
    if (!this.open) return true;
    const { remember, revision } = this.options();
    // Only the visitor's own choice is remembered, never a programmatic hide().
    const rememberDays = reason === 'api' ? 0 : remember;
    if (!emit(this.host, 'report-banner-dismiss', { reason, rememberDays }, true)) return false;
    if (rememberDays > 0) rememberDismissal(browserStorage(), revision, rememberDays, now());
    this.open = false;
    this.host.requestUpdate();
    await this.host.updateComplete;
    return true;
  }
}
