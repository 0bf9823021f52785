/**
 * Whether the notice shows, and the visitor's dismissal of it: decided once from what storage
 * remembers for this revision, announced as a cancelable `report-banner-dismiss`, and remembered
 * for the configured number of days when the visitor (not a script) closed it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit, type DismissReason } from './events.js';
import { browserStorage, isDismissed, now, rememberDismissal } from '../host/storage.js';

export interface DismissalOptions {
  /** Days a visitor's dismissal is remembered; 0 remembers nothing. */
  remember: number;
  /** The notice's revision: each has its own memory, so a new one shows to everyone again. */
  revision: string;
  /** Whether the visitor may close it; a notice that may not is never hidden by storage. */
  dismissible: boolean;
}

/** What the host decides about a remembered dismissal: whether to show anyway (a tester asked). */
export interface RememberedHooks {
  showAnyway(): boolean;
}

/** One line for whoever wonders where the notice went; info, not a warning: visitors who closed it see it too. */
function explainHidden(revision: string) {
  try {
    console.info(
      `report-banner: hidden, as this browser remembers it was closed (data-revision="${revision}"); ` +
        'add ?report-banner=show to the address, or call .show() on the element, to see it.',
    );
  } catch {
    // A page that replaced the console gets no line.
  }
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
    this.decide();
  }

  /** Reads storage once; the host may call it early, before its first update. */
  decide(): void {
    if (this.decided) return;
    this.decided = true;
    const { dismissible, revision } = this.options();
    // A dismissal remembered for a dismissible notice (elsewhere on the site) never hides one the
    // operator made non-dismissible.
    this.remembered = dismissible && isDismissed(browserStorage(), revision, now());
    this.open = !this.remembered || this.hooks.showAnyway();
    if (!this.open) explainHidden(revision);
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
