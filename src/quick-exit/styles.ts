import { css } from 'lit';

/**
 * The quick exit. The shortcut's hint shows where a keyboard is likely (a mouse as the main
 * pointer); on a phone or tablet it would only puzzle.
 * The cover is opaque, fills the viewport and sits in the top layer, above any of the page.
 */
export const quickExitStyles = css`
  .exit {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 12px;
  }
  dialog > .exit {
    margin-block-end: 16px;
  }
  .hint,
  .status {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  @media not ((hover: hover) and (pointer: fine)) {
    .hint {
      display: none;
    }
  }
  /* In a bar, card or inline notice the exit adds no height where it can help it: on a narrow
     notice (a phone held upright) it has a row of its own at the top, beside the close button,
     and the folded message keeps to one line; on a wider one it sits beside the other buttons. */
  .has-exit .inner {
    grid-template-areas: 'exit close' 'title title' 'details details' 'status status' 'tools tools';
    padding-block-start: 8px;
  }
  .inner > .exit {
    grid-area: exit;
  }
  .inner > .exit .primary {
    white-space: nowrap;
    min-block-size: 36px;
    padding: 2px 12px;
  }
  .inner > .status {
    grid-area: status;
  }
  @media (max-width: 640px) {
    .has-exit.folded .message p {
      -webkit-line-clamp: 1;
    }
  }
  @container (min-width: 560px) {
    .has-exit .inner {
      grid-template-columns: auto minmax(0, 1fr) auto;
      grid-template-areas: 'title title close' 'details details details' 'status status status' 'exit tools tools';
      padding-block-start: 12px;
    }
    .inner > .exit {
      padding-block-start: 8px;
    }
  }
  dialog.cover::backdrop {
    background: Canvas;
  }
  dialog.cover {
    all: initial;
    position: fixed;
    inset: 0;
    background: Canvas;
  }
`;
