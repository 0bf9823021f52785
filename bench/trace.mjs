/**
 * What the benchmark reads from a Chromium trace: the longest task on the page's main thread, and
 * the longest one that runs the notice's own scripts.
 *
 * A task here is what the Long Tasks API counts: Chromium's `RunTask` plus the microtask
 * checkpoint that follows it (`BlinkScheduler_PerformMicrotaskCheckpoint`, a top-level event of
 * its own). Promise continuations (`await`, `scheduler.yield()`) run in that checkpoint, so a
 * trace read by `RunTask` alone misses work done after a yield.
 */

export const TRACE_CATEGORIES = ['-*', 'toplevel', 'devtools.timeline', 'v8.execute'];

const TASK = 'ThreadControllerImpl::RunTask';
const CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';
/** A checkpoint this close (µs) after a task's end belongs to it. */
const SAME_TASK_GAP = 200;
/** Events that run a script's code, carrying its URL. */
const RUNS_CODE = new Set(['EvaluateScript', 'FunctionCall', 'TimerFire', 'v8.compile']);

/** The main thread of the renderer that parsed the page from `origin`. */
function mainThread(traceEvents, origin) {
  const parse = traceEvents.find((event) => event.name === 'ParseHTML' && String(event.args?.beginData?.url ?? '').startsWith(origin));
  return parse ? `${parse.pid}:${parse.tid}` : undefined;
}

/** Tasks on that thread as `{ start, end, events }`, each with its microtask checkpoint. */
function tasksOf(traceEvents, thread) {
  const onThread = traceEvents.filter((event) => event.ph === 'X' && `${event.pid}:${event.tid}` === thread).sort((a, b) => a.ts - b.ts);
  const tasks = [];
  for (const event of onThread) {
    const last = tasks[tasks.length - 1];
    if (last && event.ts < last.end) {
      last.events.push(event);
      last.end = Math.max(last.end, event.ts + event.dur);
    } else if (event.name === CHECKPOINT && last && event.ts - last.end <= SAME_TASK_GAP) {
      last.events.push(event);
      last.end = event.ts + event.dur;
    } else if (event.name === TASK || event.name === CHECKPOINT) {
      tasks.push({ start: event.ts, end: event.ts + event.dur, events: [event] });
    }
  }
  return tasks;
}

/**
 * `{ longest, notice, own }` in ms: the longest task of the page; the longest that runs one of
 * `scripts` (URL endings) or promise continuations (the bench's host page runs no script of its
 * own, so those are the notice's); and the most time the notice's own code takes in one task.
 * `own` leaves out the browser's work that shares a task with it: a deferred script runs in the
 * task that ends parsing, beside the host page's first style and layout. `notice` and `own` are 0
 * for a page without scripts.
 */
export function longestTasks({ traceEvents }, origin, scripts) {
  const thread = mainThread(traceEvents, origin);
  if (!thread) return { longest: NaN, notice: NaN, own: NaN };
  const tasks = tasksOf(traceEvents, thread);
  const ms = (task) => (task.end - task.start) / 1000;
  const isNotice = (event) =>
    scripts.length > 0 &&
    ((RUNS_CODE.has(event.name) && scripts.some((script) => String(event.args?.data?.url ?? '').endsWith(script))) ||
      (event.name === 'RunMicrotasks' && event.dur > 1000));
  /** The notice's outermost events in a task, added up (those nested in them are inside). */
  const ownMs = (task) => {
    let total = 0;
    let coveredUntil = -Infinity;
    for (const event of task.events) {
      if (event.ts < coveredUntil || !isNotice(event)) continue;
      total += event.dur;
      coveredUntil = event.ts + event.dur;
    }
    return total / 1000;
  };
  return {
    longest: Math.max(0, ...tasks.map(ms)),
    notice: Math.max(0, ...tasks.filter((task) => task.events.some(isNotice)).map(ms)),
    own: Math.max(0, ...tasks.map(ownMs)),
  };
}
