/**
 * The classic-script entry behind `<script src="report-banner.js">`: registers the element and
 * places one banner with the script tag's own `data-*` attributes. Nothing here may throw into
 * the host page.
 */
import { describeError, warnAbout } from './host/guarded-element.js';
import { CHECKED_ATTRIBUTES } from './options/mistakes.js';
import { KNOWN_ATTRIBUTES } from './options/schema.js';
import { yieldIfLong } from './start-up/next-task.js';
import { TAG_NAME, defineReportBanner, reportBannerRegistered } from './registration.js';
import type { ReportBanner } from './element/report-banner.js';
import { safeDocument } from './host/safe-dom.js';

/** The script tag, taken while the file was evaluated; the code here runs a task later (build/classic-start.mjs). */
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
  const variant = element.dataset.variant?.trim().toLowerCase();
  if (target && (variant === 'modal' || variant === 'age-check')) {
    // A modal or gate covers the page wherever it stands; inside a container the page hides (at
    // some widths, say) it would not open at all.
    warn(`data-target is ignored for ${variant === 'modal' ? 'a modal' : 'an age check'}, which always covers the page.`, element);
  } else if (target) {
    let hosts: ArrayLike<Element> = [];
    try {
      hosts = safeDocument.querySelectorAll(target);
    } catch {
      // An invalid selector is reported like one that matches nothing.
    }
    // Listing markup can copy the target's id (earlier in the page, hidden): a target that is
    // not one element the visitor can see gets the bar.
    const [host] = Array.from(hosts);
    if (hosts.length === 1 && host.checkVisibility?.() !== false) return host.append(element);
    const found = hosts.length > 1 ? `${hosts.length} elements` : host ? 'a hidden element' : 'no element';
    warn(`data-target=${JSON.stringify(target)} matches ${found}; the banner is shown as a bar instead.`, element);
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
      warn(`could not put the banner back: ${describeError(error)}`, element);
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

/** `element` is the page's banner: any other `<report-banner>` shows nothing (see ReportBanner.chosen). */
function choose(element: HTMLElement) {
  const registered = customElements.get(TAG_NAME) as { chosen?: Element } | undefined;
  if (registered) registered.chosen = element;
  for (const other of safeDocument.querySelectorAll(TAG_NAME)) if (other !== element) (other as Partial<ReportBanner>).requestUpdate?.();
}

function mount() {
  try {
    const known = KNOWN_ATTRIBUTES;
    // The options, and the first few other `data-*` attributes for the warning about a misspelt
    // one: a page can write thousands, and each costs more the more there are (reading them as
    // `attributes` is quadratic in Chromium; their names are not).
    let others = 0;
    const names = script?.getAttributeNames() ?? [];
    const options = names.filter((name) => name.startsWith('data-') && (known.includes(name) || others++ < CHECKED_ATTRIBUTES));
    // A banner placed by hand (or by an app) is the banner when the tag has no options and it is
    // the one, visible element. Listing markup can add one (hidden, or bringing its own addresses),
    // so it never replaces a tag that has options: the tag's banner shows, and no other.
    const all: Element[] = Array.from(safeDocument.querySelectorAll(TAG_NAME));
    const placed = all.filter((node): node is HTMLElement => node instanceof HTMLElement);
    if (placed.length < all.length) warn(`<${TAG_NAME}> inside <svg> or <math> cannot show; place it outside.`);
    const tagOptions = names.filter((name) => known.includes(name) && name !== 'data-check');
    if (!tagOptions.length && placed.length === 1 && placed[0].checkVisibility?.() !== false) return choose(placed[0]);
    const element = safeDocument.createElement(TAG_NAME) as ReportBanner;
    for (const name of options) element.setAttribute(name, script!.getAttribute(name)!);
    place(element);
    keepPlaced(element);
    choose(element);
    if (placed.length) {
      const why = tagOptions.length
        ? `the script tag has options of its own (${tagOptions.join(', ')}); remove the element, or move the options onto it`
        : 'with a script tag without options, the one visible element in the page is used';
      warn(`${placed.length} <${TAG_NAME}> in the page not shown: ${why}.`, element);
    }
  } catch (error) {
    warn(`could not place the banner: ${describeError(error)}`);
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
  warn(`could not start: ${describeError(error)}`);
}
