/**
 * Two rewrites of i18next's ESM file for the classic script (the ESM build leaves i18next to the
 * app, untouched). Both stop the build when the module no longer has the shape they expect, and
 * test/build/i18next.test.ts runs the rewritten module to show it still translates.
 */

/** The module this rewrites: i18next's one-file ESM build. */
export const I18NEXT = /node_modules[\\/]i18next[\\/]dist[\\/]esm[\\/]i18next\.js$/;

/**
 * What an instance whose resources are all bundled never runs, each as the text that opens it and
 * the text that follows it in the module, and what takes its place:
 * - the backend connector loads, reloads and saves translations through a backend plugin: the
 *   banner has none (it never fetches a file), so only the state and events the rest reads stay;
 * - the formatter turns `{{value, number}}` and the like into Intl formats: no text of the banner
 *   formats a value, and without it i18next inserts values as they are.
 */
export const UNUSED = [
  {
    from: 'class Connector extends EventEmitter {',
    to: '\nconst get = () => ({',
    by: 'class Connector extends EventEmitter {\n  constructor(backend) {\n    super();\n    this.backend = backend;\n    this.state = {};\n  }\n}',
  },
  { from: 'const parseFormatStr = ', to: '\nconst removePending = ', by: 'const Formatter = undefined;' },
];

/**
 * Leaves out {@link UNUSED}. Each part must be found exactly once, in its place; otherwise the
 * message names the part, so whoever updates i18next reviews this rewrite.
 * @param {string} code
 * @returns {string | Error}
 */
export function leaveOutUnused(code) {
  let result = code;
  for (const { from, to, by } of UNUSED) {
    const start = result.indexOf(from);
    const end = result.indexOf(to, start);
    if (start < 0 || end < 0 || result.indexOf(from, start + 1) >= 0) return new Error(`i18next changed shape around "${from.trim()}"`);
    result = `${result.slice(0, start)}${by}${result.slice(end)}`;
  }
  return result;
}

/**
 * i18next sets up its classes and a default instance when its module is evaluated, work the
 * banner needs only when it first translates. Here that evaluation waits for the first
 * `createInstance()` (src/notice/i18n.ts), so evaluating the script itself, one task that also
 * registers and places the element, does less. The module must be one self-contained file
 * ending in its export list.
 * @param {string} code
 * @returns {string | Error}
 */
export function evaluateOnFirstUse(code) {
  const exportAt = code.lastIndexOf('\nexport {');
  const body = code.slice(0, exportAt);
  if (exportAt < 0 || /^\s*(?:import|export)\b/m.test(body) || !/^const instance = /m.test(body)) {
    return new Error('i18next changed shape: its module is no longer one file ending in its exports');
  }
  return `let loaded;\nconst load = () => (loaded ??= (() => {\n${body}\nreturn instance;\n})());\nexport default { createInstance: (...args) => load().createInstance(...args) };\n`;
}

/** The rollup plugin: both rewrites, or a build error that names what changed. */
export const i18nextForTheBanner = () => ({
  name: 'i18next-for-the-banner',
  transform(code, id) {
    if (!I18NEXT.test(id)) return null;
    const trimmed = leaveOutUnused(code);
    const result = trimmed instanceof Error ? trimmed : evaluateOnFirstUse(trimmed);
    if (result instanceof Error) this.error(`${result.message}: review build/i18next.mjs`);
    return { code: result, map: null };
  },
});
