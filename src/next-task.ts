/**
 * Yielding to the host page: a promise that settles in a later task, so the browser can handle
 * input and draw between the banner's own pieces of start-up work.
 */

interface Scheduler {
  yield(): Promise<void>;
}

/** `scheduler.yield()` where it exists (its continuation runs before other queued tasks), else a macrotask. */
export function nextTask(): Promise<void> {
  // A page can name an element `scheduler` where the browser has none: check what it is.
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') {
    try {
      return scheduler.yield();
    } catch {
      // Fall through to a plain task.
    }
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
