/**
 * The options of `<report-banner>` as reactive properties, each bound to its `data-*` attribute.
 * They hold whatever a page wrote, unchecked: src/resolve-options.ts validates them. Kept apart
 * so the element itself reads as properties → state → lifecycle → render.
 */
import { property } from 'lit/decorators.js';
import { GuardedElement } from './guarded-element.js';
import type { Language } from './language.js';
import type { Audience, Position, Theme, Variant } from './options.js';

export class ReportBannerOptions extends GuardedElement {
  /** Language: `auto` (the page's `<html lang>`, then the browser's), `nl`, `fr`, `de` or `en`. */
  @property({ attribute: 'data-lang' }) language?: Language | 'auto';
  /** Language used by `auto` when neither page nor browser names a supported one. */
  @property({ attribute: 'data-fallback-lang' }) fallbackLanguage?: Language;
  /** Whom the text speaks to: `witness` (default) or `youth`. */
  @property({ attribute: 'data-audience' }) audience?: Audience;
  /** Layout: `bar` (default), `corner`, `inline`, `modal` or `age-check`. */
  @property({ attribute: 'data-variant' }) variant?: Variant;
  /** `bottom`/`top` for a bar, `bottom-right`/`bottom-left` for a corner card. */
  @property({ attribute: 'data-position' }) position?: Position;
  /** Whether the visitor may close it (`true`, default, or `false`). */
  @property({ attribute: 'data-dismissible' }) dismissible?: boolean | 'true' | 'false';
  /** Days a dismissal is remembered (default 30; 0 = not remembered). */
  @property({ attribute: 'data-remember' }) remember?: number | string;
  /** Version of the notice; bump it to show the banner again to everyone who closed it. */
  @property({ attribute: 'data-revision' }) revision?: string;
  /** Comma-separated languages the switch offers (default `nl,fr,de,en`; empty hides it). */
  @property({ attribute: 'data-langs' }) languages?: string;
  /** Comma-separated contact ids, in order (default: Child Focus and 1712, plus a line in the young reader's language). */
  @property({ attribute: 'data-contacts' }) contacts?: string;
  /** An `https:` address of your own reporting form, shown beside the Child Focus reporting point. */
  @property({ attribute: 'data-report-url' }) reportUrl?: string;
  /** `auto` (follows the system), `light` or `dark`. */
  @property({ attribute: 'data-theme' }) theme?: Theme;
  /** A CSS colour for links, buttons and the top edge. */
  @property({ attribute: 'data-accent' }) accent?: string;
  /** Heading in the language `data-lang` names, as plain text (not shown with `auto`). */
  @property({ attribute: 'data-title' }) heading?: string;
  /** Message in the language `data-lang` names, as plain text (not shown with `auto`). */
  @property({ attribute: 'data-message' }) message?: string;
  /** Dutch heading. */ @property({ attribute: 'data-title-nl' }) headingNl?: string;
  /** French heading. */ @property({ attribute: 'data-title-fr' }) headingFr?: string;
  /** German heading. */ @property({ attribute: 'data-title-de' }) headingDe?: string;
  /** English heading. */ @property({ attribute: 'data-title-en' }) headingEn?: string;
  /** Dutch message. */ @property({ attribute: 'data-message-nl' }) messageNl?: string;
  /** French message. */ @property({ attribute: 'data-message-fr' }) messageFr?: string;
  /** German message. */ @property({ attribute: 'data-message-de' }) messageDe?: string;
  /** English message. */ @property({ attribute: 'data-message-en' }) messageEn?: string;
  /** After an adult entered the age check: `bar` (default) shows the banner as a bar, `none` nothing. */
  @property({ attribute: 'data-then' }) afterEntry?: 'bar' | 'none';
  /** Where the age check's "leave this site" goes (`https:`; default https://www.google.com/). */
  @property({ attribute: 'data-exit-url' }) exitUrl?: string;
  /** Age-check question, in the starting language. */ @property({ attribute: 'data-age-title' }) ageHeading?: string;
  /** Age-check notice, in the starting language. */ @property({ attribute: 'data-age-message' }) ageMessage?: string;
  /** Dutch age-check question. */ @property({ attribute: 'data-age-title-nl' }) ageHeadingNl?: string;
  /** French age-check question. */ @property({ attribute: 'data-age-title-fr' }) ageHeadingFr?: string;
  /** German age-check question. */ @property({ attribute: 'data-age-title-de' }) ageHeadingDe?: string;
  /** English age-check question. */ @property({ attribute: 'data-age-title-en' }) ageHeadingEn?: string;
  /** Dutch age-check notice. */ @property({ attribute: 'data-age-message-nl' }) ageMessageNl?: string;
  /** French age-check notice. */ @property({ attribute: 'data-age-message-fr' }) ageMessageFr?: string;
  /** German age-check notice. */ @property({ attribute: 'data-age-message-de' }) ageMessageDe?: string;
  /** English age-check notice. */ @property({ attribute: 'data-age-message-en' }) ageMessageEn?: string;
}
