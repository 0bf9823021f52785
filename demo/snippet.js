// The tags an operator pastes, built as text. Every value goes through `escapeAttribute`, so
// whatever is typed into the configurator stays inside its own double-quoted attribute.

const ENTITIES = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;', '\n': '&#10;', '\r': '&#13;' };

/**
 * Text for a double-quoted attribute value. `<` and `>` are not strictly needed there, but
 * escaping them keeps `</script>` out of the snippet wherever it is pasted (inside another
 * script, a template engine, a CMS field). Line breaks become references so each attribute
 * stays on one line and round-trips exactly (the HTML parser would turn a raw CR into LF).
 * @param {string} value
 */
export const escapeAttribute = (value) => String(value).replace(/[&"<>\n\r]/g, (c) => ENTITIES[c]);

/** @typedef {[name: string, value: string]} Attribute */

/** @param {Attribute[]} attributes */
const attributeLines = (attributes) => attributes.map(([name, value]) => `\n  ${name}="${escapeAttribute(value)}"`).join('');

/**
 * The classic script tag with its options. With an `integrity` hash it also asks for
 * `crossorigin="anonymous"`, which the browser needs to check the hash.
 * @param {{ src: string, integrity?: string, attributes: Attribute[] }} tag
 */
export function scriptTag({ src, integrity, attributes }) {
  const checked = integrity ? [['integrity', integrity], ['crossorigin', 'anonymous']] : [];
  return `<script src="${escapeAttribute(src)}" defer${attributeLines([...checked, ...attributes])}></script>`;
}

/**
 * The same options on a `<report-banner>` element placed by hand, plus the bare script tag that
 * registers it. `data-target` belongs to the script tag only, so it is left out here.
 * @param {{ src: string, integrity?: string, attributes: Attribute[] }} tag
 */
export function elementTags({ src, integrity, attributes }) {
  const own = attributes.filter(([name]) => name !== 'data-target');
  return `<report-banner${attributeLines(own)}></report-banner>\n${scriptTag({ src, integrity, attributes: [] })}`;
}
