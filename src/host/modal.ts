/**
 * The modal variant's dialog: opened with `showModal()` (so the page behind is inert and the
 * dialog sits in the top layer), closed only through the dismissal, with focus kept inside.
 *
 * The page is only ever made inert behind a dialog the visitor can see: a modal inside a hidden
 * container (`display: none`, a closed `<details>`, `<head>`) stays closed, with a warning.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { listen } from './safe-dom.js';

export interface ModalOptions {
  /** The rendered `<dialog>`, or null when the variant is not a modal. */
  dialog: () => HTMLDialogElement | null;
  /** Whether the notice should be showing. */
  isOpen: () => boolean;
  /** Whether Escape may close it (`data-dismissible`). */
  dismissible: () => boolean;
  /** Asks for the dismissal, which listeners may still cancel. */
  dismiss: () => void;
  warn: (message: string) => void;
}

export class ModalController implements ReactiveController {
  /** The dialog being kept modal, with the listeners that keep focus in it. */
  private active?: { dialog: HTMLDialogElement; release: () => void };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ModalOptions,
  ) {
    host.addController(this);
  }

  /** Re-inserted by the host page: a moved dialog stays `open` but stops being modal. */
  hostConnected(): void {
    this.makeModal();
  }

  hostDisconnected(): void {
    this.release();
  }

  /** Closing the dialog while it is still in the DOM lets the browser return focus where it was. */
  hostUpdate(): void {
    const dialog = this.options.dialog();
    if (dialog?.open && !this.options.isOpen()) {
      this.release();
      dialog.close();
    }
  }

  hostUpdated(): void {
    this.makeModal();
  }

  /** The dialog closes only through the dismissal, which honours data-dismissible and listeners. */
  readonly onCancel = (event: Event): void => {
    event.preventDefault();
    if (this.options.dismissible()) this.options.dismiss();
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (this.options.dismissible()) this.options.dismiss();
    } else if (event.key === 'Tab') {
      this.keepFocusInside(event);
    }
  };

  private makeModal() {
    const dialog = this.options.dialog();
    if (!dialog || !this.options.isOpen()) return this.release();
    if (dialog.matches(':modal')) return;
    if (!this.host.checkVisibility()) {
      if (dialog.open) dialog.close();
      this.options.warn('a modal in a hidden container is not opened; place it outside.');
      return;
    }
    if (dialog.open) dialog.close();
    dialog.showModal();
    // Start reading at the top of the dialog rather than on its first button.
    dialog.focus();
    this.hold(dialog);
  }

  /**
   * While the dialog is modal, focus stays in it: a browser that closes it anyway (Escape
   * pressed twice) gets it reopened, and a frame behind it that takes focus gives it back.
   */
  private hold(dialog: HTMLDialogElement) {
    if (this.active?.dialog === dialog) return;
    this.release();
    const onClose = () => {
      if (!this.options.isOpen()) return;
      if (this.options.dismissible()) this.options.dismiss();
      else this.makeModal();
    };
    // The window loses focus to a frame (which inert does not stop in every browser), or focus
    // lands outside the dialog: bring it back once the move is over.
    const refocus = () =>
      setTimeout(() => {
        const root = dialog.getRootNode();
        const inside = root instanceof ShadowRoot && root.activeElement && dialog.contains(root.activeElement);
        if (this.active?.dialog === dialog && !inside) dialog.focus();
      });
    // The page's own window and document, whose listener methods its markup can shadow.
    const guard = (off?: boolean) => {
      listen(dialog, 'close', onClose, false, off);
      listen(window, 'blur', refocus, false, off);
      listen(dialog.ownerDocument, 'focusin', refocus, false, off);
    };
    guard();
    this.active = { dialog, release: () => guard(true) };
  }

  private release() {
    this.active?.release();
    this.active = undefined;
  }

  /** Tab from the last control wraps to the first (and back), so focus never leaves the modal. */
  private keepFocusInside(event: KeyboardEvent) {
    const dialog = this.options.dialog();
    if (!dialog) return;
    const controls = [...dialog.querySelectorAll<HTMLElement>('a[href], button')];
    const first = controls[0];
    const last = controls[controls.length - 1];
    const root = dialog.getRootNode();
    const active = root instanceof ShadowRoot ? root.activeElement : null;
    // The dialog itself (focused when it opens) counts as before the first control.
    const onControl = active instanceof HTMLElement && controls.includes(active);
    if (event.shiftKey && (active === first || !onControl)) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  }
}
