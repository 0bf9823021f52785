import { css } from 'lit';

/**
 * The age-check entry, on top of the modal's styles. Its backdrop is opaque: a visitor who has not
 * answered yet sees none of the site behind it. On a phone the margins shrink so both choices and
 * the report link fit on a 375×667 screen.
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
  .age-check .message > p + p {
    margin-block-start: 0.5em;
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
    .age-check .contacts {
      margin-block: 8px;
      row-gap: 4px;
    }
    /* The question keeps to the ways to call and to report, the help to stop (the links a folded
       client bar keeps), and the language each line speaks, as a folded bar does: a row per
       service, every link naming its service, the language beside the call. The other notes and
       sites wait for a wider screen. The under-18 view keeps everything: its notes say what each
       line is for, and its chat links are the route young people prefer. */
    .age-check:not(.minor) .contact {
      flex-flow: row wrap;
      align-items: baseline;
      column-gap: 12px;
    }
    .age-check:not(.minor) .channels {
      display: contents;
    }
    .age-check:not(.minor) .contact > .in {
      order: 1;
    }
    .age-check:not(.minor) .contact a.report {
      order: 2;
    }
    .age-check:not(.minor) .contact-name,
    .age-check:not(.minor) .contact > .note,
    .age-check:not(.minor) .contact a.site:not(.keep) {
      display: none;
    }
    /* Both choices on one row, still equal. */
    .choices button {
      flex-basis: 0;
    }
  }
  @media (forced-colors: active) {
    dialog.age-check::backdrop {
      background: Canvas;
    }
  }
`;
