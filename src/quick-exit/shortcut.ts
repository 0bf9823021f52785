/**
 * The quick exit's keyboard shortcut: Shift pressed three times within five seconds, as on
 * GOV.UK's "Exit this page". Pure counting, no DOM: unit-tested as is.
 *
 * Only `keydown` counts, and of it only whether the key is Shift. Which Shift (left or right,
 * or both held at once) and the modifier state an event reports are not read: alternating the
 * two Shift keys counts every press, and an on-screen keyboard whose Shift is a toggle (iOS
 * reports the keys after it as shifted, and may send no `keyup`) cannot stall the count. Any
 * other key starts again, so Shift used for a capital letter never adds up.
 */

/** Shift presses that leave the page. */
export const EXIT_PRESSES = 3;
/** The longest time from the first of those presses to the last, in ms. */
export const EXIT_WINDOW = 5000;

export interface ShortcutCount {
  /** Shift presses counted so far (0 to {@link EXIT_PRESSES}). */
  readonly presses: number;
  /** When the first of them came (an event's `timeStamp`). */
  readonly since: number;
}

export const NO_PRESSES: ShortcutCount = { presses: 0, since: 0 };

/** What of a `keydown` the count reads. */
export interface KeyPress {
  key: string;
  repeat: boolean;
  timeStamp: number;
}

/** The count after one `keydown`; {@link EXIT_PRESSES} means leave. */
export function countPress(count: ShortcutCount, press: KeyPress): ShortcutCount {
  if (press.key !== 'Shift') return NO_PRESSES;
  // Holding Shift repeats its keydown: one press, however long.
  if (press.repeat) return count;
  if (count.presses === 0 || press.timeStamp - count.since > EXIT_WINDOW) return { presses: 1, since: press.timeStamp };
  return { presses: count.presses + 1, since: count.since };
}
