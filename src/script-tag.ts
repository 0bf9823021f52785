/**
 * The classic-script entry behind `<script src="report-banner.js">`: registers the element and
 * places one banner with the script tag's own `data-*` attributes. Nothing here may throw into
 * the host page.
 */
import { warnAbout } from './host/guarded-element.js';
import { ignoredTagOptions } from './options/mistakes.js';
import { KNOWN_ATTRIBUTES } from './options/schema.js';
import { yieldIfLong } from './start-up/next-task.js';
import { TAG_NAME, defineReportBanner, reportBannerRegistered } from './registration.js';
import type { ReportBanner } from './element/report-banner.js';
import { safeDocument } from './host/safe-dom.js';

/** The script tag, taken while the file was evaluated; the code here runs a task later (rollup.config.mjs). */
declare const loadedBy: unknown;
const script = loadedBy instanceof HTMLScriptElement ? loadedBy : null;

/** A warning about `element` goes through it, so check mode lists it too; any other to the console. */
function warn(message: string, element?: Element) {
  if (element && warnAbout(element, message)) return;
  try {
    console.warn(`report-banner: ${message}`);
  } catch {
    // A page that replaced console.warn gets no message, but still the notice.
  }
}

// Browsers name no current script for a module, nor for a script inside a shadow root.
if (!script) {
  warn('data-* options are not read from a type="module" tag or one in a shadow root; use a classic <script src> in the page.');
}

/** Where the banner goes: inside `data-target`, after an inline script, else first in `<body>`. */
function place(element: HTMLElement, again = false) {
  const target = script?.dataset.target;
  const modal = element.dataset.variant?.trim().toLowerCase() === 'modal';
  if (target && modal) {
    // A modal covers the page wherever it stands; inside a container the page hides (at some
    // widths, say) it could make the page inert behind a dialog nobody sees.
    warn('data-target is ignored for a modal, which always covers the page.', element);
  } else if (target) {
    let host: Element | null = null;
    try {
      host = safeDocument.querySelector(target);
    } catch {
      // An invalid selector is reported like one that matches nothing.
    }
    if (host) return host.append(element);
    warn(`data-target=${JSON.stringify(target)} matches no element; the banner is shown as a bar instead.`, element);
    element.dataset.variant = 'bar';
  } else if (element.dataset.variant?.trim().toLowerCase() === 'inline') {
    if (script && safeDocument.body.contains(script)) return script.after(element);
    warn(
      again
        ? 'the page removed the script tag an inline banner stood after; the banner is shown as a bar instead.'
        : 'data-variant="inline" needs data-target (or a script tag inside <body>); the banner is shown as a bar instead.',
      element,
    );
    element.dataset.variant = 'bar';
  }
  // First in the body, so assistive technology meets the notice early.
  const body = safeDocument.body;
  if (!(body instanceof HTMLBodyElement)) {
    warn('a page without <body> (a frameset) cannot show the banner; include it in the framed pages.', element);
  }
  body.prepend(element);
}

/**
 * Single-page apps swap `document.body` or clear the banner's parent. Watching the banner's
 * ancestors (their direct children only, so the host's own DOM work costs nothing) puts it back
 * once. Only once: a page that removes it again means it, and the two can never loop. Watching
 * also stops when the notice is dismissed.
 */
function keepPlaced(element: ReportBanner) {
  const observer = new MutationObserver(() => {
    if (element.isConnected) return;
    observer.disconnect();
    try {
      place(element, true);
    } catch (error) {
      warn(`could not put the banner back: ${String(error)}`, element);
    }
  });
  for (let node = element.parentNode; node; node = node.parentNode) observer.observe(node, { childList: true });
  // A dismissal remembered from an earlier visit: nothing shows, so there is nothing to keep.
  void element.updateComplete.then(() => {
    if (!element.showing) observer.disconnect();
  });
  element.addEventListener('report-banner-dismiss', (event) => {
    // Listeners further up may still cancel the dismissal: decide once they all ran.
    queueMicrotask(() => {
      if (!event.defaultPrevented) observer.disconnect();
    });
  });
}

function mount() {
  try {
    const options = [...(script?.attributes ?? [])].filter(({ name }) => name.startsWith('data-'));
    // A banner placed by hand (or by an app, or by another copy of this script) is the banner.
    const placed = safeDocument.querySelector(TAG_NAME);
    if (placed instanceof HTMLElement) {
      const ignored = ignoredTagOptions(script?.getAttributeNames() ?? [], KNOWN_ATTRIBUTES);
      if (ignored) warn(ignored, placed);
      return;
    }
    if (placed) warn(`<${TAG_NAME}> inside <svg> or <math> cannot show; place it outside.`);
    const element = safeDocument.createElement(TAG_NAME) as ReportBanner;
    for (const { name, value } of options) element.setAttribute(name, value);
    place(element);
    keepPlaced(element);
  } catch (error) {
    warn(`could not place the banner: ${String(error)}`);
  }
}

try {
  // An app bundle may have registered the element first: the tag still places its own banner.
  if (defineReportBanner() || reportBannerRegistered()) {
    // Placing the element (its shadow root and stylesheet) waits for a task after defining it
    // where defining took long, so the two are not one long task.
    if (safeDocument.readyState === 'loading') safeDocument.addEventListener('DOMContentLoaded', mount, { once: true });
    else void yieldIfLong().then(mount);
  }
} catch (error) {
  warn(`could not start: ${String(error)}`);
}
