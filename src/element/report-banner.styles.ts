import { css, unsafeCSS, type CSSResult } from 'lit';

/** The dark theme's colours, for data-theme="dark" and for "auto" on a dark system. */
const darkPalette = css`
  --_bg: var(--report-banner-background, #111821);
  --_fg: var(--report-banner-color, #eef2f7);
  --_muted: var(--report-banner-muted, #b5bfcc);
  --_accent: var(--_accent-dark, var(--report-banner-accent, #8ec5ff));
  --_accent-contrast: var(--report-banner-accent-contrast, #0b1a2b);
  --_border: var(--report-banner-border, #3a4757);
  --_control-border: var(--report-banner-control-border, #8190a3);
  --_focus: var(--report-banner-focus, #ffffff);
`;

/**
 * The notice's style sheets with every declaration made `!important`. A listing's `<style>`
 * reaches the parts as the operator's CSS does (`::part()`), where an outside rule beats the
 * notice's own; an `!important` declaration in the shadow tree beats any from outside, so no rule
 * of the page changes what the notice sets. (Comments go first: they may hold `:` and `;`.)
 */
export const locked = (...sheets: CSSResult[]): CSSResult =>
  unsafeCSS(
    sheets
      .map((sheet) => sheet.cssText)
      .join('')
      .replace(/\/\*[^]*?\*\//g, '')
      .replace(/([^{};]+:[^{};]+?)\s*(?:!important)?\s*(?=[;}])/g, '$1!important'),
  );

/**
 * Sizes are in px, not rem, so a host page's root font size cannot shrink or blow up the notice;
 * browser zoom still scales px. `!important` on `:host` wins over a host page's own
 * `!important` rules (in the cascade, important shadow styles beat important page styles).
 */
export const styles = css`
  :host {
    all: initial !important;
    display: block !important;
    visibility: visible !important;
    opacity: 1 !important;
    font-family: var(--report-banner-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif) !important;
    font-size: clamp(14px, var(--report-banner-font-size, 16px), 24px) !important;
    line-height: 1.5 !important;
    text-align: start !important;
  }

  /* Each part starts from nothing a page's ::part() rule could give it: every property comes
     from its parent or is its initial value (all: unset, !important like every declaration here),
     then the rules below set its own; the private variables come from the notice, never from the
     page. direction and unicode-bidi are not in all. */
  :where([part]),
  :where([part])::before,
  :where([part])::after,
  :where([part])::first-line,
  :where([part])::first-letter {
    all: unset;
    zoom: 1;
    direction: ltr;
    unicode-bidi: normal;
  }
  :where([part]) {
    display: block;
    --_bg: inherit;
    --_fg: inherit;
    --_muted: inherit;
    --_accent: inherit;
    --_accent-contrast: inherit;
    --_control-border: inherit;
    --_focus: inherit;
    --_pressed: inherit;
    --_radius: inherit;
  }
  dialog:not([open]) {
    display: none;
  }
  /* A modal dialog where the browser puts it (its own style sheet's values). */
  dialog:modal {
    position: fixed;
    inset: 0;
    margin: auto;
    block-size: fit-content;
    max-inline-size: calc(100% - 6px - 2em);
    overflow: auto;
  }

  .banner {
    /* Set here, or inline by data-accent, so that a host's inherited value never reaches them. */
    --_accent-light: initial;
    --_accent-dark: initial;
    --_bg: var(--report-banner-background, #ffffff);
    --_fg: var(--report-banner-color, #1a1f2b);
    --_muted: var(--report-banner-muted, #4a5261);
    --_accent: var(--_accent-light, var(--report-banner-accent, #1f5f99));
    --_accent-contrast: var(--report-banner-accent-contrast, #ffffff);
    --_border: var(--report-banner-border, #c5ceda);
    --_control-border: var(--report-banner-control-border, #6b7584);
    --_focus: var(--report-banner-focus, #1a1f2b);
    --_pressed: color-mix(in srgb, var(--_accent) 12%, var(--_bg));
    /* The page's values within bounds: text from 14 to 24px (0px would hide it), a width a line
       can be read in, corners that do not cut the text off. The level matters only where there
       is no top layer. */
    --_z: var(--report-banner-z-index, 2147483000);
    --_radius: min(var(--report-banner-radius, 8px), 24px);
    box-sizing: border-box;
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-block-start: 4px solid var(--_accent);
    overflow-wrap: anywhere;
  }

  .banner.dark {
    ${darkPalette}
  }
  @media (prefers-color-scheme: dark) {
    .banner.auto {
      ${darkPalette}
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* Fixed variants: folded, a notice that informs without taking over the page (at most 40% of
     a phone's height); unfolded, it may take 70% and scrolls inside. */
  /* In the top layer (src/host/top-layer.ts), above any z-index of the page. */
  .bar,
  .corner {
    position: fixed;
    z-index: var(--_z);
    max-block-size: 70vh;
    overflow-y: auto;
    box-shadow: 0 2px 12px rgb(0 0 0 / 0.18);
  }
  .bar {
    inset-inline: 0;
    border-inline: 0;
  }
  .bar.bottom {
    inset-block-end: 0;
    border-block-end: 0;
  }
  .bar.top {
    inset-block-start: 0;
    border-block-start: 1px solid var(--_border);
    border-block-end: 4px solid var(--_accent);
  }
  .corner {
    inset-block-end: 16px;
    inline-size: min(400px, calc(100vw - 32px));
    border-radius: var(--_radius);
  }
  .corner.bottom-right {
    inset-inline-end: 16px;
  }
  .corner.bottom-left {
    inset-inline-start: 16px;
  }
  /* On a phone the card becomes a sheet along the bottom edge: the full width keeps it short. */
  @media (max-width: 480px) {
    .corner.bottom-right,
    .corner.bottom-left {
      inset-inline: 0;
      inset-block-end: 0;
      inline-size: auto;
      border-inline: 0;
      border-block-end: 0;
      border-end-start-radius: 0;
      border-end-end-radius: 0;
    }
  }
  /* A phone on its side: a wider card keeps the title to fewer lines. */
  @media (max-height: 480px) and (min-width: 481px) {
    .corner {
      inset-block-end: 8px;
      inline-size: min(640px, calc(100vw - 32px));
    }
  }
  .inline {
    border-radius: var(--_radius);
  }

  .banner {
    container-type: inline-size;
  }
  .inner {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas: 'title close' 'details details' 'tools tools';
    column-gap: 16px;
    max-inline-size: max(480px, var(--report-banner-max-width, 1120px));
    margin-inline: auto;
    padding: 12px 16px;
  }
  h2 {
    grid-area: title;
    align-self: center;
  }
  .details {
    grid-area: details;
  }
  p {
    max-inline-size: 80ch;
  }
  .tools {
    grid-area: tools;
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 8px;
    padding-block-start: 8px;
  }
  .close {
    grid-area: close;
    align-self: start;
    justify-self: end;
    margin-block-start: -4px;
    margin-inline-end: -8px;
  }
  /* Wide bars: the buttons sit to the right of the links, so the bar stays three lines high. */
  @container (min-width: 960px) {
    .inner {
      grid-template-areas: 'title close' 'details tools';
      padding: 14px 20px 16px;
    }
    .tools {
      align-self: end;
      justify-content: flex-end;
    }
  }

  /* Folded: the message (on a phone its first lines) and the links the contact table keeps for
     this reader (src/notice/contact-table.ts). The same list unfolds in place, so no link is shown twice. */
  .folded .contacts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 20px;
    margin-block-start: 4px;
  }
  /* A kept service is a row of its own: its call, the language it speaks when that is not the
     reader's ("In Dutch or French."), then its other links, so the note stays with its service. */
  .folded .contact {
    display: flex;
    flex-flow: row wrap;
    align-items: baseline;
    gap: 0 20px;
  }
  .folded .channels {
    display: contents;
  }
  /* After the call, where it fits on the same line on a phone; the reporting point comes after. */
  .folded .contact > .in {
    order: 1;
  }
  .folded .contact a.report {
    order: 2;
  }
  .folded .contact:not(.keep),
  .folded .contact > :not(.channels, .in),
  .folded .contact a:not(.keep) {
    display: none;
  }
  @media (max-width: 640px) {
    .folded p {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      overflow: hidden;
    }
  }
  @media (max-height: 580px) {
    .folded p {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 1;
      overflow: hidden;
    }
  }
  /* Unfolded and scrolling inside: the buttons stay in reach at the bottom. */
  .bar:not(.folded) .tools,
  .corner:not(.folded) .tools {
    position: sticky;
    inset-block-end: 0;
    margin-block-start: 8px;
    padding-block: 8px;
    background: var(--_bg);
    border-block-start: 1px solid var(--_border);
  }

  h2 {
    margin: 0 0 4px;
    font-size: 1.125em;
    line-height: 1.3;
    font-weight: 700;
  }
  p {
    margin: 0;
  }
  p + p,
  .text > * + * {
    margin-block-start: 0.5em;
  }
  /* Folded, only the message's first paragraph: the other lines wait behind the disclosure. */
  .folded .text > :not(:first-child),
  .folded .message > p + p {
    display: none;
  }
  @media (max-width: 640px) {
    h2 {
      font-size: 1.0625em;
    }
    p {
      font-size: 0.9375em;
      line-height: 1.45;
    }
  }

  .contacts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 320px), 1fr));
    gap: 8px 32px;
    margin: 8px 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.9375em;
  }
  .contact {
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-inline-size: 0;
  }
  .contact-name {
    font-weight: 700;
  }
  .contact {
    color: var(--_muted);
  }
  .contact-name {
    color: var(--_fg);
  }
  .channels {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
  }

  a {
    display: inline-block;
    cursor: pointer;
    min-block-size: 24px;
    padding-block: 2px;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    pointer-events: auto;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }

  button {
    font: inherit;
    text-align: center;
    color: inherit;
    cursor: pointer;
    min-block-size: 32px;
    min-inline-size: 32px;
    border-radius: var(--_radius);
    border: 1px solid var(--_control-border);
    background: var(--_bg);
    transition: background-color 120ms ease-out;
  }
  button:hover {
    background: var(--_pressed);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .languages {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  .languages button {
    padding: 0 4px;
    font-size: 0.875em;
    letter-spacing: 0.04em;
  }

  .more {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 0 10px 0 6px;
    font-size: 0.9375em;
    font-weight: 600;
    color: var(--_accent);
  }
  .more svg {
    inline-size: 16px;
    block-size: 16px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .more[aria-expanded='true'] svg {
    transform: rotate(180deg);
  }
  .languages button[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_pressed);
    font-weight: 700;
  }

  .close {
    display: inline-grid;
    place-items: center;
    inline-size: 36px;
    block-size: 36px;
    padding: 0;
    border-color: transparent;
  }
  .close svg {
    inline-size: 16px;
    block-size: 16px;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }

  /* Modal */
  dialog {
    inline-size: min(560px, calc(100vw - 32px));
    max-block-size: calc(100dvh - 32px);
    padding: 24px;
    border-radius: var(--_radius);
    box-shadow: 0 8px 32px rgb(0 0 0 / 0.3);
  }
  dialog::backdrop {
    display: block;
    opacity: 1;
    background: rgb(10 15 25 / 0.72);
  }
  dialog .languages {
    margin-block-end: 16px;
  }
  dialog .contacts {
    grid-template-columns: minmax(0, 1fr);
    margin-block: 16px;
  }
  dialog h2 {
    margin-block-end: 8px;
  }
  .actions {
    display: flex;
    justify-content: flex-end;
  }
  .primary {
    padding: 8px 20px;
    min-block-size: 44px;
    background: var(--_accent);
    color: var(--_accent-contrast);
    border-color: var(--_accent);
    font-weight: 700;
  }
  .primary:hover {
    background: var(--_accent);
    text-decoration: underline;
  }

  /* Every declaration is !important (see locked), so this is as specific as the button rule. */
  @media (prefers-reduced-motion: reduce) {
    *,
    button {
      transition: none;
      animation: none;
    }
  }

  @media (forced-colors: active) {
    .banner,
    button {
      border-color: CanvasText;
    }
    .languages button[aria-pressed='true'] {
      border-width: 3px;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
