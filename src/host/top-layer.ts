/**
 * A bar or card in the browser's top layer (a manual popover: `popover="manual"` in its template),
 * drawn above every z-index of the page and outside its stacking, transforms and opacity: a box
 * from a listing, even at the highest z-index and later in the page, cannot cover it, nor a
 * transparent link in it take a tap meant for the notice. When the page puts a popover of its own
 * in the top layer later (a listing's `popovertarget` button, say), the notice is shown again, on
 * top; the notice's own toggles never leave its shadow root. A modal dialog the page opens stays
 * above it: the page behind one is inert anyway. Browsers without the Popover API keep the
 * notice's z-index. The browser takes the box out of the top layer when it leaves the page, or
 * loses its `popover` attribute.
 */
import { listen } from './safe-dom.js';

let shown: HTMLElement | undefined;

const onToggle = (event: Event) => {
  if (shown?.matches(':popover-open') && (event.target as Element).matches?.(':popover-open')) {
    shown.hidePopover();
    shown.showPopover();
  }
};

/** Shows `box` in the top layer unless it is there; call after each render, with nothing when there is no bar or card. */
export function keepOnTop(box: HTMLElement | null | undefined): void {
  if (!box?.isConnected || !('showPopover' in box) || box.matches(':popover-open')) return;
  box.showPopover();
  shown = box;
  // Once per page: the same listener is added only once.
  listen(window, 'toggle', onToggle, true);
}
