/**
 * A LitElement whose every way in from the browser (lifecycle callbacks, attribute changes,
 * updates) is guarded: whatever goes wrong becomes one warning and never reaches the host page.
 */
import { LitElement } from 'lit';
import { safeDocument } from './safe-dom.js';

/** What went wrong, in words, even for a thrown value that cannot be made a string (`Object.create(null)`). */
export function describeError(error: unknown): string {
  try {
    return String(error);
  } catch {
    return 'an error that cannot be shown as text';
  }
}

/** Warnings given by {@link GuardedElement.warnOncePerPage} on this page, by any banner. */
const givenOnThisPage = new Set<string>();

export class GuardedElement extends LitElement {
  /** Every warning given so far, in order (check mode lists them). */
  protected readonly warned = new Set<string>();

  /** A warning about the page's configuration, which every banner on it shares: once per page. */
  protected readonly warnOncePerPage = (message: string) => {
    if (givenOnThisPage.has(message)) return void this.warned.add(message);
    givenOnThisPage.add(message);
    this.warn(message);
  };

  /** Advice about a choice that may be deliberate: listed in check mode, never in the console. */
  protected readonly advise = (message: string) => {
    this.warned.add(message);
  };

  /** Each distinct message once, prefixed; never a reason for the notice not to show. */
  protected readonly warn = (message: string) => {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    try {
      console.warn(`report-banner: ${message}`);
    } catch {
      // A page that replaced console.warn gets no message, but still the notice.
    }
  };

  /**
   * Runs one entry point from the browser into the widget (a lifecycle callback, say), so that
   * whatever goes wrong in it becomes a warning and never reaches the host page.
   */
  protected guard<T>(what: string, run: () => T): T | undefined {
    try {
      return run();
    } catch (error) {
      this.warn(`could not ${what}: ${describeError(error)}`);
      return undefined;
    }
  }

  /** A page that already attached a shadow root, or broke attachShadow, gets a warning. */
  protected override createRenderRoot() {
    return this.guard('attach its shadow root', () => super.createRenderRoot()) ?? safeDocument.createDocumentFragment();
  }

  override connectedCallback(): void {
    this.guard('start', () => super.connectedCallback());
  }

  override disconnectedCallback(): void {
    this.guard('leave the page', () => super.disconnectedCallback());
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    this.guard('read its options', () => super.attributeChangedCallback(name, old, value));
  }

  /** An error while updating (a broken polyfill, say) is reported here, never to the host page. */
  protected override scheduleUpdate(): void {
    this.guard('update', () => super.scheduleUpdate());
  }
}

/**
 * Gives `message` as a warning of `element`, so check mode lists it with the element's own:
 * for what the script tag that placed it found. `false` when the element is another copy's.
 */
export function warnAbout(element: Element, message: string): boolean {
  if (!(element instanceof GuardedElement)) return false;
  // `warn` stays off the element's public type; the script tag is its one caller from outside.
  (element as unknown as { warn: (message: string) => void }).warn(message);
  // A panel already on screen shows the new line.
  element.requestUpdate();
  return true;
}
