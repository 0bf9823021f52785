/**
 * Which of the banner's events become counts, forwarded to the tools `data-analytics` chose. It
 * listens on the element itself, so the page's own listeners see the same events.
 */
import type { Warn } from '../host/warn.js';
import { describeError } from '../host/guarded-element.js';
import { GLOBALS, send, type Count, type Tool } from './tools.js';

/** The counted events (`report-banner-…`); each is a count of that kind, `show` an `impression`. */
const EVENTS = ['show', 'unfold', 'link', 'exit', 'dismiss'] as const;

export interface CountOptions {
  /** The tools chosen now; none when `data-analytics` is not set. */
  tools: () => readonly Tool[] | undefined;
  /** What every count carries: the circumstances on screen now. */
  context: () => Pick<Count, 'language' | 'audience' | 'wording' | 'variant'>;
  warn: Warn;
}

/** Forwards each of the element's counted events, for as long as the element lives. */
export function countEvents(host: HTMLElement, { tools, context, warn }: CountOptions): void {
  for (const name of EVENTS) {
    host.addEventListener(`report-banner-${name}`, (event) => {
      const chosen = tools();
      if (!chosen?.length) return;
      // Only a link's route, an exit's way and a dismissal's reason: never a link's address or the height.
      const { contact, channel, via, reason } = (event as CustomEvent<Partial<Count>>).detail;
      const count: Count = { kind: name === 'show' ? 'impression' : name, ...context(), contact, channel, via, reason };
      const hand = () => {
        for (const tool of chosen) {
          try {
            if (!send(tool, count)) warn(`data-analytics names ${tool}, but this page has no window.${GLOBALS[tool]} when the banner counts: load its snippet first.`);
          } catch (error) {
            warn(`data-analytics: ${tool} failed: ${describeError(error)}`);
          }
        }
      };
      // A dismissal a page listener cancels is none: counted once every listener had its say.
      if (name === 'dismiss') queueMicrotask(() => event.defaultPrevented || hand());
      else hand();
    });
  }
}
