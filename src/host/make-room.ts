/**
 * Living beside the page's own fixed parts. A bar or card fixed to an edge covers whatever the
 * page fixed there too: a "call now" bar, a cookie bar's buttons, a sticky header's login link.
 * This finds those parts (by hit-testing the banner's own area, not by walking the page) and,
 * with `data-make-room`, moves them and the end of the page clear of the banner by its published
 * height, `--report-banner-height`, so they follow it as it folds, unfolds and closes.
 */
import { safeDocument } from './safe-dom.js';

export type Edge = 'top' | 'bottom';

/** Where the page is hit-tested: across the banner's box as fractions, and down it every ROW px. */
const ACROSS = [0.02, 0.15, 0.3, 0.5, 0.7, 0.85, 0.98];
const ROW = 20;

/** The page's fixed or sticky parts under or over `banner` (never its ancestors, never a full-page layer). */
export function fixedPartsAt(banner: Element): HTMLElement[] {
  const box = banner.getBoundingClientRect();
  const viewport = safeDocument.documentElement.clientHeight;
  const found = new Set<HTMLElement>();
  const checked = new Set<Element>();
  for (let y = box.top + 2; y < box.bottom; y += Math.min(ROW, Math.max(box.height - 4, 1))) {
    for (const x of ACROSS) {
      const stack = safeDocument.elementsFromPoint(box.left + box.width * x, y);
      for (const hit of stack) {
        for (let node: Element | null = hit; node && !checked.has(node); node = node.parentElement) {
          checked.add(node);
          if (node === banner || node.contains(banner) || !(node instanceof HTMLElement)) continue;
          const { position } = getComputedStyle(node);
          if (position !== 'fixed' && position !== 'sticky') continue;
          // A layer over the whole page (a dialog's backdrop, a menu) is not a bar to move.
          if (node.getBoundingClientRect().height > viewport / 2) continue;
          found.add(node);
        }
      }
    }
  }
  // Only the outermost (moving a fixed bar moves what it holds), in the page's order.
  return [...found]
    .filter((part) => ![...found].some((other) => other !== part && other.contains(part)))
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** How a warning names an element: `div#cookie-bar`, `footer.call-now`. */
export function describeElement(element: Element): string {
  const id = element.id ? `#${element.id}` : '';
  const className = !id && typeof element.className === 'string' ? element.className.trim().split(/\s+/)[0] : '';
  return `${element.localName}${id}${className ? `.${className}` : ''}`;
}

/** The inline style each moved part had for the property make-room set, to put back as it was. */
const moved = new Map<HTMLElement, [property: string, before: string]>();
let padded: { element: HTMLElement; side: string; before: string } | undefined;

const ROOM = 'var(--report-banner-height, 0px)';

/**
 * Moves `parts` off `edge` by the banner's height and pads the page's end (or top) by it, so
 * the last content can be scrolled into view. A fixed part moves by `translate`, which leaves its
 * own `transform`, `top` and `bottom` alone; a sticky one sticks that much further from the edge
 * (the padding already moves it while it is in the flow). All follow the published height, which
 * the banner removes when it closes.
 */
export function makeRoom(parts: readonly HTMLElement[], edge: Edge): void {
  const body = safeDocument.body;
  if (body && !padded) {
    const side = edge === 'top' ? 'padding-top' : 'padding-bottom';
    const own = getComputedStyle(body).getPropertyValue(side) || '0px';
    padded = { element: body, side, before: body.style.getPropertyValue(side) };
    body.style.setProperty(side, `calc(${own} + ${ROOM})`);
  }
  for (const part of parts) {
    if (moved.has(part)) continue;
    const style = getComputedStyle(part);
    if (style.position === 'sticky') {
      const own = style.getPropertyValue(edge);
      if (own === 'auto') continue;
      moved.set(part, [edge, part.style.getPropertyValue(edge)]);
      part.style.setProperty(edge, `calc(${own} + ${ROOM})`);
    } else {
      moved.set(part, ['translate', part.style.getPropertyValue('translate')]);
      part.style.setProperty('translate', edge === 'top' ? `0 ${ROOM}` : `0 calc(-1 * ${ROOM})`);
    }
  }
}

/** Puts back what {@link makeRoom} changed (the banner closed or left the page). */
export function giveRoomBack(): void {
  for (const [part, [property, before]] of moved) {
    if (before) part.style.setProperty(property, before);
    else part.style.removeProperty(property);
  }
  moved.clear();
  if (padded) {
    if (padded.before) padded.element.style.setProperty(padded.side, padded.before);
    else padded.element.style.removeProperty(padded.side);
    padded = undefined;
  }
}

/**
 * The nearest ancestor (or the element itself) that keeps an inline banner from being seen:
 * not rendered (`display: none`, `hidden`), invisible, or of no height with its overflow hidden.
 */
export function hidingHolder(element: Element): Element | undefined {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return node;
    if (node !== element && node.getBoundingClientRect().height === 0 && style.overflowY !== 'visible') return node;
  }
  return element.parentElement ?? undefined;
}
