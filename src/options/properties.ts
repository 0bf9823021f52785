/**
 * The options of `<report-banner>` as reactive properties, each bound to its `data-*` attribute.
 * They hold whatever a page wrote, unchecked: src/options/resolve.ts validates them. Kept apart
 * so the element itself reads as properties → state → lifecycle → render.
 */
import type { PropertyDeclaration, PropertyDeclarations } from 'lit';
import { GuardedElement } from '../host/guarded-element.js';
import type { Language } from '../notice/language.js';
import type { Audience, Position, Theme, Variant } from './parse.js';

export class ReportBannerOptions extends GuardedElement {
  // One static map rather than 35 decorators: less code to run at definition, and fewer bytes.
  static override properties: PropertyDeclarations = {
    language: { attribute: 'data-lang' },
    fallbackLanguage: { attribute: 'data-fallback-lang' },
    audience: { attribute: 'data-audience' },
    variant: { attribute: 'data-variant' },
    position: { attribute: 'data-position' },
    dismissible: { attribute: 'data-dismissible' },
    remember: { attribute: 'data-remember' },
    revision: { attribute: 'data-revision' },
    languages: { attribute: 'data-langs' },
    contacts: { attribute: 'data-contacts' },
    reportUrl: { attribute: 'data-report-url' },
    theme: { attribute: 'data-theme' },
    accent: { attribute: 'data-accent' },
    heading: { attribute: 'data-title' },
    message: { attribute: 'data-message' },
    headingNl: { attribute: 'data-title-nl' },
    headingFr: { attribute: 'data-title-fr' },
    headingDe: { attribute: 'data-title-de' },
    headingEn: { attribute: 'data-title-en' },
    messageNl: { attribute: 'data-message-nl' },
    messageFr: { attribute: 'data-message-fr' },
    messageDe: { attribute: 'data-message-de' },
    messageEn: { attribute: 'data-message-en' },
    afterEntry: { attribute: 'data-then' },
    exitUrl: { attribute: 'data-exit-url' },
    ageHeading: { attribute: 'data-age-title' },
    ageMessage: { attribute: 'data-age-message' },
    ageHeadingNl: { attribute: 'data-age-title-nl' },
    ageHeadingFr: { attribute: 'data-age-title-fr' },
    ageHeadingDe: { attribute: 'data-age-title-de' },
    ageHeadingEn: { attribute: 'data-age-title-en' },
    ageMessageNl: { attribute: 'data-age-message-nl' },
    ageMessageFr: { attribute: 'data-age-message-fr' },
    ageMessageDe: { attribute: 'data-age-message-de' },
    ageMessageEn: { attribute: 'data-age-message-en' },
  };

  /** Whether an option changed since the options were last resolved; the element's own state does not count. */
  protected optionsChanged = true;

  override requestUpdate(
    name?: PropertyKey,
    oldValue?: unknown,
    options?: PropertyDeclaration,
    useNewValue?: boolean,
    newValue?: unknown,
  ): void {
    if (name !== undefined && Object.prototype.hasOwnProperty.call(ReportBannerOptions.properties, name)) this.optionsChanged = true;
    super.requestUpdate(name, oldValue, options, useNewValue, newValue);
  }

  /** Language: `auto` (the page's `<html lang>`, then the browser's), `nl`, `fr`, `de` or `en`. */ declare language?: Language | 'auto';
  /** Language used by `auto` when neither page nor browser names a supported one. */ declare fallbackLanguage?: Language;
  /** Whom the text speaks to: `witness` (default) or `youth`. */ declare audience?: Audience;
  /** Layout: `bar` (default), `corner`, `inline`, `modal` or `age-check`. */ declare variant?: Variant;
  /** `bottom`/`top` for a bar, `bottom-right`/`bottom-left` for a corner card. */ declare position?: Position;
  /** Whether the visitor may close it (`true`, default, or `false`). */ declare dismissible?: boolean | 'true' | 'false';
  /** Days a dismissal is remembered (default 30; 0 = not remembered). */ declare remember?: number | string;
  /** Version of the notice; bump it to show the banner again to everyone who closed it. */ declare revision?: string;
  /** Comma-separated languages the switch offers (default `nl,fr,de,en`; empty hides it). */ declare languages?: string;
  /** Comma-separated contact ids, in order (default: Child Focus and 1712, plus a line in the young reader's language). */ declare contacts?: string;
  /** An `https:` address of your own reporting form, shown beside the Child Focus reporting point. */ declare reportUrl?: string;
  /** `auto` (follows the system), `light` or `dark`. */ declare theme?: Theme;
  /** A CSS colour for links, buttons and the top edge. */ declare accent?: string;
  /** Heading in the language `data-lang` names, as plain text (not shown with `auto`). */ declare heading?: string;
  /** Message in the language `data-lang` names, as plain text (not shown with `auto`). */ declare message?: string;
  /** Dutch heading. */ declare headingNl?: string;
  /** French heading. */ declare headingFr?: string;
  /** German heading. */ declare headingDe?: string;
  /** English heading. */ declare headingEn?: string;
  /** Dutch message. */ declare messageNl?: string;
  /** French message. */ declare messageFr?: string;
  /** German message. */ declare messageDe?: string;
  /** English message. */ declare messageEn?: string;
  /** After an adult entered the age check: `bar` (default) shows the banner as a bar, `none` nothing. */ declare afterEntry?: 'bar' | 'none';
  /** Where the age check's "leave this site" goes (`https:`; default https://www.google.com/). */ declare exitUrl?: string;
  /** Age-check question, in the starting language. */ declare ageHeading?: string;
  /** Age-check notice, in the starting language. */ declare ageMessage?: string;
  /** Dutch age-check question. */ declare ageHeadingNl?: string;
  /** French age-check question. */ declare ageHeadingFr?: string;
  /** German age-check question. */ declare ageHeadingDe?: string;
  /** English age-check question. */ declare ageHeadingEn?: string;
  /** Dutch age-check notice. */ declare ageMessageNl?: string;
  /** French age-check notice. */ declare ageMessageFr?: string;
  /** German age-check notice. */ declare ageMessageDe?: string;
  /** English age-check notice. */ declare ageMessageEn?: string;
}
