/**
 * Three rewrites of i18next's ESM file for the classic script (the ESM build leaves i18next to the
 * app, untouched). Each stops the build when the module no longer has the shape it expects, and
 * test/unit/build/i18next.test.ts runs the rewritten module to show it still translates every
 * text of the banner as the untouched module does.
 */

/** The module this rewrites: i18next's one-file ESM build. */
export const I18NEXT = /node_modules[\\/]i18next[\\/]dist[\\/]esm[\\/]i18next\.js$/;

/** The logger's stand-in: the same methods, doing nothing. */
const SILENT_LOGGER = 'class Logger {\n  create() {\n    return this;\n  }\n  log() {}\n  warn() {}\n  error() {}\n  deprecate() {}\n  once() {}\n}\nvar baseLogger = new Logger();\n';

/**
 * What the banner's instance never runs, each as the text that opens it and the text that follows
 * it in the module, what takes its place (nothing, or the smallest stand-in that keeps what the
 * code left in place reads), and why. The banner creates its own instance (src/notice/i18n.ts)
 * with every resource bundled, `lng`, a `fallbackLng` object, one namespace and no escaping; it
 * calls only `init`, `addResourceBundle`, `hasResourceBundle` and `getFixedT(language)`, whose
 * function it calls with a key and, at most, values, `count` and `context`. Its locales use
 * `{{value}}`, `_one`/`_other` and `_context` keys and nothing else (no `$t(`, no formats).
 */
export const UNUSED = [
  // HTML escaping of values: the banner turns it off (escapeValue: false), Lit renders text.
  { from: 'const _entityMap = {', to: 'class RegExpCache {', by: 'const escape = data => data;\n' },
  // The logger prints only when `debug` is set, which the banner never sets (an error without
  // Intl aside: every browser the banner supports has Intl). Its calls stay, to a stand-in that
  // does nothing, and {@link silenceLogger} then lets the minifier drop them with their messages.
  {
    from: 'const consoleLogger = {',
    to: '\nclass EventEmitter {',
    by: SILENT_LOGGER,
  },
  // Events: the banner listens to none, and nothing left inside listens either.
  {
    from: 'class EventEmitter {',
    to: '\nconst nonEmptyBundles = new WeakSet();',
    by: 'class EventEmitter {\n  emit() {}\n}\n',
  },
  // Single keys added or resource bundles removed: the banner adds whole bundles only.
  { from: '  addResource(lng, ns, key, value, options = {', to: '  addResourceBundle(lng, ns, resources, deep, overwrite, options = {', by: '' },
  { from: '  removeResourceBundle(lng, ns) {', to: '  hasResourceBundle(lng, ns) {', by: '' },
  { from: '  removeNamespaces(ns) {', to: '  deprecateDottedLng(method) {', by: '' },
  // A language written with its namespace and key ('en.translation.key'): the banner's are plain.
  { from: '  deprecateDottedLng(method) {', to: '  getResource(lng, ns, key, options = {}) {', by: '' },
  { from: "    if (lng.includes('.')) {\n      this.deprecateDottedLng('getResource');", to: '      path = [lng, ns];', by: '    {\n' },
  { from: "    if (result == null && !ns && !key && lng.includes('.')) {", to: '    if (result != null || !ignoreJSONStructure', by: '' },
  { from: "    if (lng.includes('.')) {\n      this.deprecateDottedLng('addResourceBundle');", to: '    this.addNamespaces(ns);\n    let pack', by: '' },
  // Bundles merged deeply into one already there: the banner adds each language's bundle once.
  { from: '    if (deep) {\n      deepExtend(pack, resources, overwrite);\n    } else {', to: '      pack = {\n        ...pack,', by: '    {\n' },
  // Post-processors come in through use(), which the banner never calls.
  { from: 'var postProcessor = {', to: '\nconst PATH_KEY = ', by: '' },
  { from: '    const postProcess = opt.postProcess || this.options.postProcess;', to: '    return res;\n  }\n  resolve(keys, opt = {}) {', by: '' },
  // Keys given as selector functions (`t($ => $.a.b)`): the banner's keys are strings.
  {
    from: "    if (typeof keys === 'function') keys = keysFromSelector(keys, {",
    to: '    const returnDetails = ',
    by: '    if (!Array.isArray(keys)) keys = [String(keys)];\n',
  },
  { from: "    if (Array.isArray(keys)) keys = keys.map(k => typeof k === 'function'", to: '    keys.forEach(k => {', by: '' },
  // A namespace inside the key (`ns:key`): the banner has one namespace and no `:` in its keys.
  {
    from: '    const wouldCheckForNsInKey = nsSeparator && key.includes(nsSeparator);',
    to: '    return {\n      key,\n      namespaces: isString(namespaces) ? [namespaces] : namespaces\n    };\n  }\n  translate(keys, o, lastKey) {',
    by: '',
  },
  // `exists()`: never asked.
  { from: '  exists(key, o = {', to: '  extractFromKey(key, opt) {', by: '' },
  // The debugging language "cimode" (keys instead of texts): the banner's languages are nl/fr/de/en.
  { from: "    if (lng?.toLowerCase() === 'cimode') {", to: '    const resolved = this.resolve(keys, opt);', by: '' },
  // Default values (`t(key, { defaultValue })` or `t(key, 'text')`): the banner never gives one;
  // a key missing in every language still returns the key.
  {
    from: '\n    const needsPluralHandling = opt.count !== undefined && !isString(opt.count);\n    const hasDefaultValue = ',
    to: '\n    let resForObjHndl = res;',
    by: '',
  },
  { from: '      if (!this.isValidLookup(res) && hasDefaultValue) {', to: '      if (!this.isValidLookup(res)) {\n        usedKey = true;', by: '' },
  // A key that holds an object or an array (returnObjects, joinArrays): every key the banner
  // asks for holds a text.
  { from: '    let resForObjHndl = res;', to: '      let usedDefault = false;', by: '    {\n' },
  // The lookup's details instead of the text (returnDetails): never asked.
  { from: '    if (returnDetails) {\n      resolved.res = res;', to: '    return res;\n  }\n  extendTranslation(', by: '' },
  { from: '  getUsedParamsDetails(options = {}) {', to: '  static hasDefaultValue(options) {', by: '' },
  // Default values, as above.
  { from: '  static hasDefaultValue(options) {', to: '\n}\n\nclass LanguageUtil {', by: '' },
  // A missing key is only reported (logged, saved through a backend or the missingKey event):
  // none of these is set up. The key itself is still what a missing key returns.
  { from: '      const missingKeyNoValueFallbackToKey = ', to: '      res = this.extendTranslation(res, keys, opt, resolved, lastKey);', by: '' },
  // The warning that a namespace was used before it loaded: every bundle is there before use.
  { from: '        if (!this.checkedLoadedFor[', to: '        codes.forEach(code => {', by: '' },
  // Nesting (`$t(key)` inside a text): no text of the banner nests another.
  { from: '      const skipOnVariables = isString(res) && (opt?.interpolation?.skipOnVariables', to: '      let data = opt.replace && ', by: '' },
  { from: '      if (skipOnVariables) {\n        const na = res.match(this.interpolator.nestingRegexp);', to: '      if (opt.interpolation) this.interpolator.reset();', by: '' },
  { from: '    if (prefixEscaped || suffixEscaped || nestingPrefixEscaped || nestingSuffixEscaped) {', to: '    this.escape = escape$1 !== undefined', by: '' },
  { from: '    this.nestingPrefix = nestingPrefix ? ', to: '    this.maxReplaces = maxReplaces || 1000;', by: '' },
  { from: '    this.nestingRegexp = getOrResetRegExp(', to: '\n  }\n  interpolate(str, data, lng, options) {', by: '' },
  { from: "    if (!this.escapeValue && typeof str === 'string' && /\\$t\\(", to: '    const missingInterpolationHandler = ', by: '' },
  { from: '  nest(str, fc, options = {}) {', to: '\n}\n\nconst parseFormatStr = ', by: '' },
  // The language code's v27 spelling, checked only for the debug log.
  { from: '    if (this.logger.debug && isString(code)) this.deprecateBareCode(code, formatted);', to: '  isSupportedCode(code) {', by: '    return formatted;\n  }\n' },
  // The closest of the supported languages (supportedLngs): not set, every language is bundled.
  { from: '    if (!found && this.options.supportedLngs) {', to: '    if (!found) found = this.getFallbackCodes(', by: '' },
  // Plural forms are only listed to save missing keys; the banner saves none.
  { from: '  needsPlural(code, options = {}) {', to: '  getSuffix(code, count, options = {}) {', by: '' },
  // Intl.PluralRules is in every browser the banner supports (es2021); a language tag it refuses
  // still gets the one/other rule.
  { from: "      if (typeof Intl === 'undefined') {", to: '    this.pluralRulesCache[cacheKey] = rule;', by: '      return dummyRule;\n    }\n' },
  // The formatter turns `{{value, number}}` and the like into Intl formats: no text of the
  // banner formats a value, and without it i18next inserts values as they are.
  { from: 'const parseFormatStr = ', to: '\nconst removePending = ', by: '' },
  // The backend connector loads, reloads and saves translations through a backend plugin: the
  // banner has none (it never fetches a file), and nothing left reads its state.
  { from: 'class Connector extends EventEmitter {', to: '\nconst get = () => ({', by: '' },
  // Plugins (logger, backend, language detector, i18nFormat, formatter, third-party modules)
  // are added with use(), never called by the banner, and set up here on init, where the
  // translator's and the connector's events are also passed on to listeners there are none of.
  { from: '      if (loggerOwner && loggerOwner !== this', to: '      let formatter;', by: '' },
  { from: '      let formatter;', to: '      const lu = new LanguageUtil(this.options);', by: '' },
  { from: '      if (formatter) {\n        s.formatter', to: '      s.interpolator = new Interpolator(this.options);', by: '' },
  { from: '      s.utils = {', to: '      this.translator = new Translator(this.services, this.options);', by: '' },
  { from: "      this.translator.on('*', (event, ...args) => {", to: '    this.format = this.options.interpolation.format;', by: '    }\n' },
  // Loading resources goes through the connector; with every resource bundled it only answers.
  {
    from: '  loadResources(language, callback = noop) {',
    to: '  use(module) {',
    by: '  loadResources(language, callback) {\n    callback(null);\n  }\n',
  },
  // Plugins and resources rendered on a server come in through use() and hydrate(): never called.
  { from: '  use(module) {', to: '  setResolvedLanguage(l) {', by: '' },
  // A language code checked only to warn in the debug log.
  { from: '      if (l && this.logger.debug && !isSafeLanguageCode(l)) {', to: '      if (l) {\n        if (!this.language) {', by: '' },
  // A language detector picks the language when none is given: the banner always gives one.
  { from: '    if (this.options.fallbackLng && !this.services.languageDetector && !this.options.lng) {', to: '    const storeApi = ', by: '' },
  { from: '      if (!lng && !lngs && this.services.languageDetector) lngs = [];', to: '      const fl = ', by: '' },
  { from: '        this.services.languageDetector?.cacheUserLanguage?.(l);', to: '      }\n      this.loadResources(l, err => {', by: '' },
  {
    from: '    if (!lng && this.services.languageDetector && !this.services.languageDetector.async) {',
    to: '    return deferred;\n  }\n  getFixedT(',
    by: '    setLng(lng);\n',
  },
  // getFixedT with a namespace, a key prefix or selector keys: the banner fixes the language only.
  {
    from: '  getFixedT(lng, ns, keyPrefix, fixedOpts) {',
    to: '  t(...args) {',
    by: '  getFixedT(lng) {\n    return (key, opts) => this.t(key, {\n      ...opts,\n      lng: opts?.lng || lng\n    });\n  }\n',
  },
  // Namespaces loaded later, languages loaded later, the text direction, clones, serialising:
  // none is asked.
  { from: '  exists(...args) {', to: '  static createInstance(options = {}, callback) {', by: '' },
  { from: '  cloneInstance(options = {}, callback = noop) {', to: '\n}\nconst instance = I18n.createInstance();', by: '' },
];

/**
 * Leaves out {@link UNUSED}. The opening and the following text of each part must each be found
 * exactly once, in that order; otherwise the message names the part, so whoever updates i18next
 * reviews this rewrite.
 * @param {string} code
 * @returns {string | Error}
 */
export function leaveOutUnused(code) {
  let result = code;
  const once = (text) => {
    const at = result.indexOf(text);
    return at >= 0 && result.indexOf(text, at + 1) < 0 ? at : -1;
  };
  for (const { from, to, by } of UNUSED) {
    const start = once(from);
    const end = once(to);
    if (start < 0 || end < start) return new Error(`i18next changed shape around "${from.trim()}"`);
    result = `${result.slice(0, start)}${by}${result.slice(end)}`;
  }
  return result;
}

/** A call of the logger, whose stand-in in {@link UNUSED} does nothing. */
const LOGGER_CALL = /\bthis\.logger\.(?:log|warn|error|deprecate|once)\(/g;

/**
 * Marks each call of the logger as free of side effects, so the minifier drops it, message and
 * all: after {@link leaveOutUnused} the logger does nothing. Fails when there is none to mark,
 * so a renamed logger shows here rather than as bytes quietly kept.
 * @param {string} code
 * @returns {string | Error}
 */
export function silenceLogger(code) {
  if (!code.includes(SILENT_LOGGER) || code.search(LOGGER_CALL) < 0) return new Error('i18next changed shape around its logger');
  return code.replace(LOGGER_CALL, (call) => `/*#__PURE__*/ ${call}`);
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

/** The rollup plugin: the three rewrites, or a build error that names what changed. */
export const i18nextForTheBanner = () => ({
  name: 'i18next-for-the-banner',
  transform(code, id) {
    if (!I18NEXT.test(id)) return null;
    let result = leaveOutUnused(code);
    for (const rewrite of [silenceLogger, evaluateOnFirstUse]) if (!(result instanceof Error)) result = rewrite(result);
    if (result instanceof Error) this.error(`${result.message}: review build/i18next.mjs`);
    return { code: result, map: null };
  },
});
