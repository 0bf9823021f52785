/**
 * The quick exit for a young reader who may be watched: a button, or Shift pressed three times,
 * covers the page at once and replaces it with a neutral page (`data-exit-url`). The cover is a
 * modal dialog opened in the same task as the press, so no later frame shows the page; the page
 * is replaced in the history (`location.replace`), so Back does not return to it. It does not
 * erase the history that led here: the README says so.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit, type ExitDetail } from '../notice/events.js';
import { listenOnWindow, safeGlobal } from '../host/safe-dom.js';
import { countPress, EXIT_PRESSES, NO_PRESSES, type ShortcutCount } from './shortcut.js';

export interface QuickExitOptions {
  /** Whether the exit is offered now (the youth notice showing, the gate's under-18 view). */
  active: () => boolean;
  /** The rendered cover, an empty `<dialog>` in the shadow root. */
  cover: () => HTMLDialogElement | null;
  exitUrl: () => string;
}

export class QuickExitController implements ReactiveController {
  /** The shortcut's count so far, announced as it comes. */
  count: ShortcutCount = NO_PRESSES;
  /** The exit was asked for: the page is covered and on its way out. */
  leaving = false;
  private listening = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: QuickExitOptions,
  ) {
    host.addController(this);
  }

  /** Presses still needed, for the live line; 0 when none was counted. */
  get remaining(): number {
    return this.count.presses === 0 ? 0 : EXIT_PRESSES - this.count.presses;
  }

  hostUpdated(): void {
    this.listen(this.options.active() && !this.leaving);
  }

  hostDisconnected(): void {
    this.listen(false);
  }

  /**
   * Covers the page, then replaces it. Everything that shows happens before anything that could
   * fail or wait: the cover first, then the event, then the navigation.
   */
  readonly leave = (via: ExitDetail['via'] = 'button'): void => {
    if (this.leaving) return;
    this.leaving = true;
    this.listen(false);
    const cover = this.options.cover();
    if (cover) {
      try {
        if (!cover.open) cover.showModal();
      } catch {
        // Not in a state to be modal (say, a hidden host): shown in place, still over the page.
        cover.setAttribute('open', '');
      }
    }
    this.host.requestUpdate();
    emit(this.host, 'report-banner-exit', { via });
    safeGlobal.location.replace(this.options.exitUrl());
  };

  /** The button's click handler. */
  readonly onClick = (): void => this.leave('button');

  private listen(on: boolean) {
    if (on === this.listening) return;
    this.listening = on;
    // On the window, capturing, so the shortcut works wherever focus is and whatever stops the event.
    listenOnWindow('keydown', this.onKeydown, on);
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    const count = countPress(this.count, event);
    if (count === this.count) return;
    this.count = count;
    if (count.presses >= EXIT_PRESSES) this.leave('shortcut');
    else this.host.requestUpdate();
  };
}
