/**
 * A LitElement whose every way in from the browser (lifecycle callbacks, attribute changes,
 * updates) is guarded: whatever goes wrong becomes one warning and never reaches the host page.
 * Its first render also gives the host page turns (see `yieldIfLong`), so start-up is not one long task.
 */
import { LitElement } from 'lit';
import { nextTask, yieldIfLong } from './next-task.js';
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

  /**
   * Work the first render needs, done before it: each `yield` ends a step, after which the host
   * page gets a task if the work so far took long (see `yieldIfLong`).
   */
  protected *prepareFirstRender(): Generator<void, void, void> {}

  /** An error while updating (a broken polyfill, say) is reported here, never to the host page. */
  protected override async scheduleUpdate(): Promise<void> {
    // Start-up in tasks the browser can interleave with the host page's own work: placing the
    // element, then preparing, then the first render. In one go they would be one long task
    // that delays the host page's first input.
    if (!this.hasUpdated) {
      await yieldIfLong();
      const steps = this.prepareFirstRender();
      // Same message as a failed update, which would report the same error again; a step that
      // failed ends the preparation, and the render does what is left.
      while (this.guard('update', () => !steps.next().done)) await yieldIfLong();
      // The render is the longest step: always a task of its own.
      await nextTask();
    }
    try {
      super.scheduleUpdate();
    } catch (error) {
      this.warn(`could not update: ${describeError(error)}`);
    }
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
