import { afterEach, describe, expect, it, vi } from 'vitest';

/** next-task.ts with its slice started at `start` (its evaluation), and the clock at `now()`. */
async function load(clock: { now: number }) {
  vi.spyOn(performance, 'now').mockImplementation(() => clock.now);
  vi.resetModules();
  return import('../../../src/start-up/next-task.js');
}

/** What ran first: a task queued before the call, or the code after `await yieldIfLong()`. */
async function order(yieldIfLong: () => Promise<void>): Promise<string[]> {
  const ran: string[] = [];
  setTimeout(() => ran.push('task queued before'), 0);
  await yieldIfLong();
  ran.push('after the yield');
  await new Promise((resolve) => setTimeout(resolve, 0));
  return ran;
}

describe('yieldIfLong', () => {
  afterEach(() => vi.restoreAllMocks());

  it('continues in the same task while the current stretch of work is short', async () => {
    const clock = { now: 1000 };
    const { yieldIfLong } = await load(clock);
    clock.now = 1002;
    expect(await order(yieldIfLong)).toEqual(['after the yield', 'task queued before']);
  });

  it('gives the page a task once the stretch has run 3 ms, then starts a new one', async () => {
    const clock = { now: 1000 };
    const { yieldIfLong } = await load(clock);
    clock.now = 1003;
    expect(await order(yieldIfLong)).toEqual(['task queued before', 'after the yield']);
    // The new stretch started after the yield.
    clock.now = 1005;
    expect(await order(yieldIfLong)).toEqual(['after the yield', 'task queued before']);
  });
});
