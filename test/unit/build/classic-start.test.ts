import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { intro, outro } from '../../../build/classic-start.mjs';

/**
 * The classic script's start, run around a body of its own in a bare context: a document whose
 * `currentScript` the page's markup has shadowed, a scheduler, a console.
 */
function start(body: string, { scheduler = true } = {}) {
  const tag = { name: 'the script tag' };
  const queued: (() => void)[] = [];
  const warnings: string[] = [];
  const seen: unknown[] = [];
  class Document {
    get currentScript() {
      return tag;
    }
  }
  const document = new Document();
  // `<img name="currentScript">` in the page's markup.
  Object.defineProperty(document, 'currentScript', { value: { name: 'an image of the page' } });
  const context = {
    Document,
    document,
    Reflect,
    Object,
    seen,
    console: { warn: (message: string) => warnings.push(message) },
    setTimeout: (run: () => void) => queued.push(run),
    ...(scheduler ? { scheduler: { yield: () => ({ then: (run: () => void) => queued.push(run) }) } } : {}),
  };
  runInNewContext(`${intro}\n${body}\n${outro}`, context);
  return { tag, queued, warnings, seen };
}

describe('the classic script\'s start (build/classic-start.mjs)', () => {
  it('takes its own tag while evaluated, through the prototype, and runs the rest in a later task', () => {
    const run = start('seen.push(loadedBy);');
    expect(run.seen).toEqual([]);
    expect(run.queued).toHaveLength(1);
    run.queued[0]();
    expect(run.seen).toEqual([run.tag]);
  });

  it('queues the rest on a timer where there is no scheduler', () => {
    const run = start('seen.push(loadedBy);', { scheduler: false });
    expect(run.queued).toHaveLength(1);
    run.queued[0]();
    expect(run.seen).toEqual([run.tag]);
  });

  it('turns anything the rest throws into one warning, never an error of the page', () => {
    const run = start('throw new Error("refused by the page");');
    expect(() => run.queued[0]()).not.toThrow();
    expect(run.warnings).toEqual(['report-banner: could not start: Error: refused by the page']);
  });
});
