import { describe, expect, it } from 'vitest';
import { EXIT_PRESSES, EXIT_WINDOW, NO_PRESSES, countPress, type KeyPress, type ShortcutCount } from '../../../src/quick-exit/shortcut.js';

const shift = (timeStamp: number, repeat = false): KeyPress => ({ key: 'Shift', repeat, timeStamp });
const key = (name: string, timeStamp: number): KeyPress => ({ key: name, repeat: false, timeStamp });
const run = (presses: KeyPress[]): ShortcutCount => presses.reduce(countPress, NO_PRESSES);

describe('quick exit shortcut', () => {
  it('three Shift presses within five seconds leave', () => {
    expect(EXIT_PRESSES).toBe(3);
    expect(EXIT_WINDOW).toBe(5000);
    expect(run([shift(0)]).presses).toBe(1);
    expect(run([shift(0), shift(400)]).presses).toBe(2);
    expect(run([shift(0), shift(400), shift(800)]).presses).toBe(EXIT_PRESSES);
    // Five seconds from the first press to the last, however the presses are spread.
    expect(run([shift(1000), shift(1100), shift(6000)]).presses).toBe(EXIT_PRESSES);
  });

  it('a first press more than five seconds ago no longer counts: the late press starts again', () => {
    expect(run([shift(1000), shift(1100), shift(6001)])).toEqual({ presses: 1, since: 6001 });
    expect(run([shift(0), shift(4000), shift(8000), shift(8500)]).presses).toBe(2);
    expect(run([shift(0), shift(4000), shift(8000), shift(8500), shift(9000)]).presses).toBe(EXIT_PRESSES);
  });

  it('counts the key, not which Shift nor the modifier state: left and right alternating, or both held at once, add up', () => {
    // Both Shift keys report key "Shift"; while one is held the other's keydown is shifted, which
    // aborts GOV.UK's count (its "last key was modified" check). Nothing of that is read here.
    const left = { ...shift(0), code: 'ShiftLeft', shiftKey: true };
    const right = { ...shift(80), code: 'ShiftRight', shiftKey: true };
    const leftAgain = { ...shift(160), code: 'ShiftLeft', shiftKey: true };
    expect(run([left, right, leftAgain]).presses).toBe(EXIT_PRESSES);
  });

  it("an on-screen keyboard's toggled Shift cannot stall it: keydowns alone count, with no keyup and every key shifted", () => {
    // iOS in a text field: Shift toggles, the letters after it arrive shifted, caps lock keeps
    // every event shifted, and a keyup may never come. The count reads only keydowns' keys.
    expect(run([shift(0), key('A', 100), shift(200), shift(300), shift(400)]).presses).toBe(EXIT_PRESSES);
    // The numbers key that iOS reports as Shift counts like Shift; a typed digit starts again.
    expect(run([shift(0), key('1', 50), shift(100), shift(150)]).presses).toBe(2);
  });

  it('Shift used to type (a capital between presses) or any other key starts again', () => {
    expect(run([shift(0), key('H', 50), shift(100), key('W', 150), shift(200)]).presses).toBe(1);
    expect(run([shift(0), shift(50), key('Tab', 100)])).toEqual(NO_PRESSES);
    expect(run([shift(0), shift(50), key('Unidentified', 100)])).toEqual(NO_PRESSES);
  });

  it('holding Shift is one press, however long its keydown repeats', () => {
    const held = run([shift(0), shift(500, true), shift(530, true), shift(560, true)]);
    expect(held).toEqual({ presses: 1, since: 0 });
    expect(run([shift(0), shift(500, true), shift(900), shift(1000)]).presses).toBe(EXIT_PRESSES);
  });
});
