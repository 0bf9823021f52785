import { css } from 'lit';

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
    font-size: var(--report-banner-font-size, 16px) !important;
    line-height: 1.5 !important;
    text-align: start !important;
    --_z: var(--report-banner-z-index, 2147483000);
    --_radius: var(--report-banner-radius, 8px);
  }

  .banner {
    --_bg: var(--report-banner-background, #ffffff);
    --_fg: var(--report-banner-color, #1a1f2b);
    --_muted: var(--report-banner-muted, #4a5261);
    --_accent: var(--_accent-light, var(--report-banner-accent, #1f5f99));
    --_accent-contrast: var(--report-banner-accent-contrast, #ffffff);
    --_border: var(--report-banner-border, #c5ceda);
    --_control-border: var(--report-banner-control-border, #6b7584);
    --_focus: var(--report-banner-focus, #1a1f2b);
    --_pressed: color-mix(in srgb, var(--_accent) 12%, var(--_bg));
    box-sizing: border-box;
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-block-start: 4px solid var(--_accent);
    overflow-wrap: anywhere;
  }

  .banner.dark {
    --_bg: var(--report-banner-background, #111821);
    --_fg: var(--report-banner-color, #eef2f7);
    --_muted: var(--report-banner-muted, #b5bfcc);
    --_accent: var(--_accent-dark, var(--report-banner-accent, #8ec5ff));
    --_accent-contrast: var(--report-banner-accent-contrast, #0b1a2b);
    --_border: var(--report-banner-border, #3a4757);
    --_control-border: var(--report-banner-control-border, #8190a3);
    --_focus: var(--report-banner-focus, #ffffff);
  }
  @media (prefers-color-scheme: dark) {
    .banner.auto {
      --_bg: var(--report-banner-background, #111821);
      --_fg: var(--report-banner-color, #eef2f7);
      --_muted: var(--report-banner-muted, #b5bfcc);
      --_accent: var(--_accent-dark, var(--report-banner-accent, #8ec5ff));
      --_accent-contrast: var(--report-banner-accent-contrast, #0b1a2b);
      --_border: var(--report-banner-border, #3a4757);
    --_control-border: var(--report-banner-control-border, #8190a3);
      --_focus: var(--report-banner-focus, #ffffff);
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* Fixed variants */
  .bar,
  .corner {
    position: fixed;
    z-index: var(--_z);
    max-block-size: 70vh;
    overflow-y: auto;
    box-shadow: 0 2px 12px rgb(0 0 0 / 0.18);
  }
  /* On a phone the notice may take at most about half the screen; the rest scrolls inside it. */
  @media (max-width: 640px) {
    .bar,
    .corner {
      max-block-size: 55vh;
    }
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
  .inline {
    border-radius: var(--_radius);
  }

  .banner {
    container-type: inline-size;
  }
  .inner {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas: 'title tools' 'message message' 'contacts contacts';
    gap: 4px 24px;
    max-inline-size: var(--report-banner-max-width, 1120px);
    margin-inline: auto;
    padding: 12px 20px 16px;
  }
  h2 {
    grid-area: title;
    align-self: center;
  }
  .message {
    grid-area: message;
    max-inline-size: 80ch;
  }
  .contacts {
    grid-area: contacts;
  }
  .tools {
    grid-area: tools;
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: flex-start;
    gap: 8px;
  }
  /* Narrow banners (small phones, corner cards, narrow inline slots): tools above the text. */
  @container (max-width: 640px) {
    .inner {
      grid-template-areas: 'tools' 'title' 'message' 'contacts';
      grid-template-columns: minmax(0, 1fr);
      padding: 8px 16px 12px;
    }
    .tools {
      justify-content: space-between;
      flex-wrap: nowrap;
    }
  }

  h2 {
    margin: 0 0 4px;
    font-size: 1.125em;
    line-height: 1.35;
    font-weight: 700;
  }
  p {
    margin: 0;
  }
  p + p {
    margin-block-start: 0.5em;
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
    padding: 2px 8px;
    font-size: 0.875em;
  }
  .languages button[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_pressed);
    font-weight: 700;
  }

  .close {
    display: inline-grid;
    place-items: center;
    inline-size: 40px;
    block-size: 40px;
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

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
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
