import { css } from 'lit';

/**
 * The age-check entry, on top of the modal's styles. Its backdrop is opaque: a visitor who has not
 * answered yet sees none of the site behind it. On a phone the margins shrink so both choices and
 * the report link fit on a 375×667 screen without scrolling.
 */
export const ageCheckStyles = css`
  dialog.age-check {
    overscroll-behavior: contain;
  }
  dialog.age-check::backdrop {
    background: rgb(10 15 25);
  }
  .age-check .contacts {
    margin-block: 12px;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  /* Two equal choices: neither answer is the highlighted one. */
  .choices button {
    flex: 1 1 12em;
    min-block-size: 44px;
    padding: 8px 16px;
    border: 2px solid var(--_accent);
    font-weight: 700;
  }
  .exit {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 12px;
    margin-block-end: 16px;
  }
  .hint,
  .status {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  @media (max-width: 480px) {
    dialog.age-check {
      inline-size: calc(100vw - 16px);
      max-inline-size: none;
      max-block-size: calc(100dvh - 16px);
      padding: 16px;
    }
    .age-check .languages {
      margin-block-end: 8px;
    }
    /* The gate keeps to the ways to report and to call; the notes and sites wait for a wider screen. */
    .age-check .contact > span:not([class]),
    .age-check .contact a.site {
      display: none;
    }
  }
  @media (forced-colors: active) {
    dialog.age-check::backdrop {
      background: Canvas;
    }
  }
`;
