/**
 * The classic-script entry behind `<script src="report-banner.js">`: registers the element and
 * places one banner with the script tag's own `data-*` attributes. Nothing here may throw into
 * the host page.
 */
import { ignoredTagOptions } from './mistakes.js';
import { TAG_NAME, defineReportBanner } from './registration.js';
import type { ReportBanner } from './report-banner.js';

const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;

function warn(message: string) {
  console.warn(`report-banner: ${message}`);
}

/** Where the banner goes: inside `data-target`, after an inline script, else first in `<body>`. */
function place(element: HTMLElement, again = false) {
  const target = script?.dataset.target;
  if (target) {
    let host: Element | null = null;
    try {
      host = document.querySelector(target);
    } catch {
      // An invalid selector is reported like one that matches nothing.
    }
    if (host) return host.append(element);
    warn(`data-target=${JSON.stringify(target)} matches no element; the banner is shown as a bar instead.`);
    element.dataset.variant = 'bar';
  } else if (element.dataset.variant?.trim().toLowerCase() === 'inline') {
    if (script && document.body.contains(script)) return script.after(element);
    warn(
      again
        ? 'the page removed the script tag an inline banner stood after; the banner is shown as a bar instead.'
        : 'data-variant="inline" needs data-target (or a script tag inside <body>); the banner is shown as a bar instead.',
    );
    element.dataset.variant = 'bar';
  }
  // First in the body, so assistive technology meets the notice early.
  document.body.prepend(element);
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
      warn(`could not put the banner back: ${String(error)}`);
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
    // A banner placed by hand is the banner; the script only registered it.
    if (document.querySelector(TAG_NAME)) {
      const known = (customElements.get(TAG_NAME) as { observedAttributes?: string[] } | undefined)?.observedAttributes;
      const ignored = ignoredTagOptions(script?.getAttributeNames() ?? [], [...(known ?? []), 'data-target', 'data-check']);
      if (ignored) warn(ignored);
      return;
    }
    const element = document.createElement(TAG_NAME) as ReportBanner;
    for (const { name, value } of script?.attributes ?? []) {
      if (name.startsWith('data-')) element.setAttribute(name, value);
    }
    place(element);
    keepPlaced(element);
  } catch (error) {
    warn(`could not place the banner: ${String(error)}`);
  }
}

try {
  if (defineReportBanner()) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount, { once: true });
    else mount();
  }
} catch (error) {
  warn(`could not start: ${String(error)}`);
}
