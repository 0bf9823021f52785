/**
 * The start-up policy, in tasks the browser can interleave with the host page's own work: the
 * work before the first render in steps, the host page given a task between them once a stretch
 * has run long (`yieldIfLong`); each render in a task of its own; what the first frame does not
 * show after that frame is drawn. In one go they would be one long task that delays the host
 * page's first input. ARCHITECTURE.md ("Start-up path") lists the steps.
 */
import { nextTask, yieldIfLong } from './next-task.js';

/**
 * Once `start` settles (`yieldIfLong()` before the first render, `afterNextFrame()` for what it
 * left out), `steps`, each `yield` ending one, the host page given a task between them once a
 * stretch has run long. `run` runs one step and gives false when they are done, or nothing when
 * it failed (reported by the caller): a failed step ends them, and the render does what is left.
 * Settles in a task of its own, for the render that follows.
 */
export async function inSteps(start: Promise<void>, steps: Iterator<unknown>, run: (step: () => boolean) => boolean | undefined): Promise<void> {
  await start;
  while (run(() => !steps.next().done)) await yieldIfLong();
  // A render is the longest step: always a task of its own.
  await nextTask();
}
