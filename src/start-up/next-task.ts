/**
 * Yielding to the host page: a promise that settles in a later task, so the browser can handle
 * input and draw between the banner's own pieces of start-up work.
 */
import { safeGlobal } from '../host/safe-dom.js';

interface Scheduler {
  yield(): Promise<void>;
}

/** `scheduler.yield()` where it exists (its continuation runs before other queued tasks), else a macrotask. */
export function nextTask(): Promise<void> {
  // Where the browser has none, `window.scheduler` is whatever the page's markup names so: a form,
  // or a cross-origin frame whose every property read throws. Only the browser's own is read.
  try {
    const scheduler = (safeGlobal as { scheduler?: Partial<Scheduler> }).scheduler;
    if (typeof scheduler?.yield === 'function') return scheduler.yield();
  } catch {
    // Fall through to a plain task.
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * How long start-up works before it gives the host page a turn. Lighthouse's mobile report times
 * tasks on a fast machine and multiplies them by four, so a task must stay under 12.5 ms there to
 * stay under the 50 ms of a long task. The longest steps take 5–7 ms on such a machine (the first
 * lookups through i18next, BENCHMARKS.md): a stretch of 3 ms with one such step added stays under
 * that line; a fast device still does several small steps in one task.
 */
const SLICE_MS = 3;
const now = () => performance.now();
/** Start of the current stretch of start-up work: first, the evaluation of the file's code. */
let sliceStart = now();

/** {@link nextTask} once the current stretch of work has run {@link SLICE_MS}; at once before. */
export async function yieldIfLong(): Promise<void> {
  if (now() - sliceStart < SLICE_MS) return;
  await nextTask();
  sliceStart = now();
}

/**
 * Settles once the browser has drawn the next frame: a task queued from the frame's animation
 * callbacks runs after that frame's paint. A page without frames (a hidden tab) settles on a
 * timer instead.
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      void nextTask().then(resolve);
    });
  });
}
