/**
 * The classic-script entry behind `<script src="report-banner.js">`: registers the element and
 * places one banner with the script tag's own `data-*` attributes. Nothing here may throw into
 * the host page.
 */
import { TAG_NAME, defineReportBanner } from './registration.js';

const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;

function warn(message: string) {
  console.warn(`report-banner: ${message}`);
}

/** Where the banner goes: inside `data-target`, after an inline script, else first in `<body>`. */
function place(element: HTMLElement) {
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
    warn('data-variant="inline" needs data-target (or a script tag inside <body>); the banner is shown as a bar instead.');
    element.dataset.variant = 'bar';
  }
  // First in the body, so assistive technology meets the notice early.
  document.body.prepend(element);
}

function mount() {
  try {
    // A banner placed by hand is the banner; the script only registered it.
    if (document.querySelector(TAG_NAME)) return;
    const element = document.createElement(TAG_NAME);
    for (const { name, value } of script?.attributes ?? []) {
      if (name.startsWith('data-')) element.setAttribute(name, value);
    }
    place(element);
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
