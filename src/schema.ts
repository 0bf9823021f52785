/**
 * `report-banner/schema`: the banner's options as it reads them, for tools that write or check
 * a tag (the demo's configurator). Each option's row of the schema (attribute, parser whose
 * fallback is the default, allowed words), whether the banner refuses a value (`refusal`), the
 * attributes it knows, the positions of a bar and of a corner card, the longest text and the
 * most days it keeps, and the checks it makes of a tag's text. No element; loading it needs no
 * DOM (reading `data-accent` does).
 */
export { KNOWN_ATTRIBUTES, OPTIONS, refusal, type Option, type OptionName } from './options/schema.js';
export { MAX_TEXT_LENGTH } from './options/parse.js';
export { BAR_POSITIONS, CORNER_POSITIONS } from './notice/layout.js';
export { MAX_REMEMBER_DAYS } from './host/storage.js';
export { checkText, suggestOption } from './options/mistakes.js';
export type { Warn } from './host/warn.js';
