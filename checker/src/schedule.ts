/**
 * Runs work over a list with bounded concurrency and at most `perHost` items of the same host at
 * once, so no site gets more than one visit at a time by default.
 */
export interface ScheduleOptions<T> {
  concurrency: number;
  perHost: number;
  hostOf: (item: T) => string;
}

export function forEachPolitely<T>(
  items: readonly T[],
  { concurrency, perHost, hostOf }: ScheduleOptions<T>,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  const waiting = items.map((item, index) => ({ item, index }));
  const busy = new Map<string, number>();
  let running = 0;
  return new Promise((resolve, reject) => {
    const pump = () => {
      if (waiting.length === 0 && running === 0) return resolve();
      while (running < concurrency) {
        const next = waiting.findIndex(({ item }) => (busy.get(hostOf(item)) ?? 0) < perHost);
        if (next < 0) return;
        const [{ item, index }] = waiting.splice(next, 1);
        const host = hostOf(item);
        busy.set(host, (busy.get(host) ?? 0) + 1);
        running += 1;
        work(item, index).then(() => {
          running -= 1;
          busy.set(host, busy.get(host)! - 1);
          pump();
        }, reject);
      }
    };
    pump();
  });
}
