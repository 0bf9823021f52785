/**
 * How the classic script (dist/report-banner.js) starts: the `intro` and `outro` rollup wraps
 * around the bundled code. Evaluating the file only takes its script tag, while the browser still
 * names it (`loadedBy`, read by src/script-tag.ts), and queues the rest: the libraries' set-up
 * and the element's definition run in a task of their own, not in the one where a deferred
 * script shares the host page's end of parsing. V8 compiles the rest with the file, off the main
 * thread, as the compile hint on the file's first line asks (rollup.config.mjs).
 *
 * Nothing may throw into the host page, not even while the libraries inside load (a page whose
 * Trusted Types policy refuses Lit's, say): the notice is then missing, with a warning.
 *
 * This is text around a bundle, not a module of it: the bundle's own modules are what it defers.
 * test/unit/build/classic-start.test.ts runs it around a body of its own.
 */
export const intro = [
  'let loadedBy = null;',
  // `document.currentScript` through its prototype: markup (`<img name="currentScript">`) can replace the property.
  'try { loadedBy = Reflect.apply(Object.getOwnPropertyDescriptor(Document.prototype, "currentScript").get, document, []); } catch {}',
  '((start) => { try { scheduler.yield().then(start); } catch { setTimeout(start, 0); } })(function () { try {',
].join('\n');

export const outro = '} catch (error) { try { console.warn("report-banner: could not start: " + error); } catch {} } });';
