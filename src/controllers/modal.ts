/**
 * The modal variant's dialog: opened with `showModal()` (so the page behind is inert and the
 * dialog sits in the top layer), closed only through the dismissal, with Tab kept inside.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ModalOptions {
  /** The rendered `<dialog>`, or null when the variant is not a modal. */
  dialog: () => HTMLDialogElement | null;
  /** Whether the notice should be showing. */
  isOpen: () => boolean;
  /** Whether Escape may close it (`data-dismissible`). */
  dismissible: () => boolean;
  /** Asks for the dismissal, which listeners may still cancel. */
  dismiss: () => void;
}

export class ModalController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly options: ModalOptions,
  ) {
    host.addController(this);
  }

  /** Re-inserted by the host page: a moved dialog stays `open` but stops being modal. */
  hostConnected(): void {
    this.makeModal();
  }

  /** Closing the dialog while it is still in the DOM lets the browser return focus where it was. */
  hostUpdate(): void {
    const dialog = this.options.dialog();
    if (dialog?.open && !this.options.isOpen()) dialog.close();
  }

  hostUpdated(): void {
    this.makeModal();
  }

  /** The dialog closes only through the dismissal, which honours data-dismissible and listeners. */
  readonly onCancel = (event: Event): void => {
    event.preventDefault();
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (this.options.dismissible()) this.options.dismiss();
    } else if (event.key === 'Tab') {
      this.keepFocusInside(event);
    }
  };

  private makeModal() {
    const dialog = this.options.dialog();
    if (!dialog || !this.options.isOpen() || dialog.matches(':modal')) return;
    if (dialog.open) dialog.close();
    dialog.showModal();
    // Start reading at the top of the dialog rather than on its first button.
    dialog.focus();
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
    if (event.shiftKey && (active === first || !active)) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  }
}
