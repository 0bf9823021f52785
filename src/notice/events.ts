/**
 * The banner's public events: their names, their details, and the one way they are sent, so
 * every event crosses the shadow boundary with the same prefix and flags.
 */
import type { Channel } from './contacts.js';
import type { Language } from './language.js';
import type { Audience } from './audience.js';
import type { Variant } from './layout.js';

/** Why the banner closed: the close button, Escape, the modal's acknowledgement, or `hide()`. */
export type DismissReason = 'close' | 'escape' | 'acknowledge' | 'api';

/** Which of two wordings shows: `a`, or `b` where a second one is given and was drawn for this page view. */
export type Wording = 'a' | 'b';

export interface ShowDetail {
  language: Language;
  audience: Audience;
  variant: Variant;
  wording: Wording;
  /** The banner's rendered height in CSS pixels, so a page can pad itself. */
  height: number;
}
export interface DismissDetail {
  reason: DismissReason;
  /** Days the dismissal will be remembered; 0 when it is not. */
  rememberDays: number;
}
export interface LanguageDetail {
  language: Language;
  previous: Language;
}
export interface LinkDetail {
  contact: string;
  channel: Channel['kind'];
  href: string;
}

export interface AgeDetail {
  /** `true`: the visitor said 18 or older and entered; `false`: under 18, shown help and a way out. */
  adult: boolean;
}

/** Nothing more than that it happened. */
export type UnfoldDetail = Record<never, never>;

export interface ExitDetail {
  /** `button`: "leave this site" was pressed; `shortcut`: Shift three times. */
  via: 'button' | 'shortcut';
}

export interface ReportBannerEventMap {
  'report-banner-show': CustomEvent<ShowDetail>;
  'report-banner-dismiss': CustomEvent<DismissDetail>;
  'report-banner-language': CustomEvent<LanguageDetail>;
  'report-banner-link': CustomEvent<LinkDetail>;
  'report-banner-age': CustomEvent<AgeDetail>;
  'report-banner-exit': CustomEvent<ExitDetail>;
  'report-banner-unfold': CustomEvent<UnfoldDetail>;
}

// The events bubble and are composed, so listeners on the document and the window receive them too.
declare global {
  interface HTMLElementEventMap extends ReportBannerEventMap {}
  interface DocumentEventMap extends ReportBannerEventMap {}
  interface WindowEventMap extends ReportBannerEventMap {}
}

/** Dispatches a prefixed event that bubbles out of the shadow root; false when a listener cancelled it. */
export function emit<K extends keyof ReportBannerEventMap>(
  target: EventTarget,
  name: K,
  detail: ReportBannerEventMap[K]['detail'],
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}
