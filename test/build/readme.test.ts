import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';

// custom-elements.json is written by `npm run build`, which `npm test` runs before vitest.
interface Named {
  name: string;
}
interface Attribute extends Named {
  type?: { text: string };
  default?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Attribute[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
const manifest: { modules: { declarations?: Declaration[] }[] } = JSON.parse(
  readFileSync('custom-elements.json', 'utf8'),
);
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'report-banner')!;
const readme = readFileSync('README.md', 'utf8');
const section = (title: string) => readme.split(`\n## ${title}\n`)[1].split('\n## ')[0];
/** The attributes named in the first column of the README's option table. */
const documentedAttributes = new Set(
  section('Options')
    .split('\n')
    .filter((line) => line.startsWith('| `data-'))
    .flatMap((line) => line.split('|')[1].match(/data-[a-z-]+/g) ?? []),
);
const names = (list: Named[] | undefined) => (list ?? []).map((item) => item.name);

describe('README agrees with custom-elements.json', () => {
  it('the manifest describes <report-banner>', () => {
    expect(element).toBeDefined();
  });

  it('documents every attribute the element accepts, and nothing it does not', () => {
    const accepted = names(element.attributes);
    expect(accepted.length).toBeGreaterThan(10);
    for (const attribute of accepted) expect(documentedAttributes, attribute).toContain(attribute);
    // data-target is read by the script tag, which places the element.
    const scriptOnly = ['data-target'];
    for (const attribute of documentedAttributes) expect([...accepted, ...scriptOnly], attribute).toContain(attribute);
  });

  it('gives each option the default and the words the banner uses (the manifest has them from src/options/schema.ts)', () => {
    const rows = section('Options')
      .split('\n')
      .filter((line) => line.startsWith('| `data-'))
      .map((line) => line.split('|').map((cell) => cell.trim()));
    for (const attribute of element.attributes ?? []) {
      const row = rows.find(([, named]) => (named.match(/data-[a-z-]+/g) ?? ([] as string[])).includes(attribute.name));
      expect(row, attribute.name).toBeDefined();
      const [, , values, shown] = row!;
      // A default the banner writes as a value is named as one; "none" or "translation" otherwise.
      const value: unknown = attribute.default === undefined ? undefined : JSON.parse(attribute.default);
      if (value === undefined) expect(shown, attribute.name).not.toMatch(/`/);
      else expect(shown, attribute.name).toContain(`\`${Array.isArray(value) ? value.join(',') : String(value)}\``);
      // Each word of a choice, named in the values column.
      for (const [, word] of attribute.type?.text.matchAll(/'([^']*)'/g) ?? []) {
        if (attribute.type!.text.startsWith('boolean')) continue;
        // A list's type spells out its combinations (`'nl,fr'`) and the empty list: its words are enough.
        if (word === '' || word.includes(',')) continue;
        expect(values, attribute.name).toContain(`\`${word}\``);
      }
    }
  });

  it('documents every event, CSS part and CSS custom property', () => {
    for (const event of names(element.events)) expect(section('Events'), event).toContain(`\`${event}\``);
    for (const part of names(element.cssParts)) expect(section('Styling'), part).toContain(`\`${part}\``);
    for (const property of names(element.cssProperties)) expect(section('Styling'), property).toContain(`\`${property}\``);
    expect(names(element.events)).toHaveLength(7);
  });
});

describe('README code from the examples', () => {
  // A code block right after `<!-- path -->` is that file, which `npm test` compiles and builds.
  const quoted = [...readme.matchAll(/<!-- (examples\/[^ ]+) -->\n```[a-z]*\n([\s\S]*?)```\n/g)];

  it('quotes the React, Vue and plain TypeScript examples', () => {
    expect(quoted.map(([, path]) => path)).toEqual([
      'examples/react-vite/src/App.tsx',
      'examples/react-vite/src/PlainElement.tsx',
      'examples/vue-vite/vite.config.ts',
      'examples/vue-vite/src/App.vue',
      'examples/plain-typescript/main.ts',
    ]);
  });

  for (const [, path, code] of quoted) {
    it(`quotes ${path} as it is`, () => {
      expect(code).toBe(readFileSync(path, 'utf8'));
    });
  }
});

describe('README tables, as a Markdown renderer shows them', () => {
  const markdown = new MarkdownIt();
  const tokens = markdown.parse(readme, {});
  /** Source lines (0-based, end exclusive) of every rendered table and paragraph. */
  const blocks = (type: string) => tokens.filter((token) => token.type === type && token.map).map((token) => token.map!);
  const lines = readme.split('\n');
  const tableLines = new Set(blocks('table_open').flatMap(([start, end]) => lines.slice(start, end).map((_, i) => start + i)));

  it('renders every table row as part of a table (a blank line inside a table breaks it in two)', () => {
    const inCode = new Set(
      tokens
        .filter((token) => (token.type === 'fence' || token.type === 'code_block') && token.map)
        .flatMap(({ map }) => lines.slice(map![0], map![1]).map((_, i) => map![0] + i)),
    );
    const stray = lines
      .map((line, index) => ({ line, index }))
      .filter(({ line, index }) => /^\s*\|/.test(line) && !tableLines.has(index) && !inCode.has(index))
      .map(({ line, index }) => `line ${index + 1}: ${line.slice(0, 60)}`);
    expect(stray).toEqual([]);
  });

  it('gives every row of a table as many cells as its header', () => {
    const cells = (line: string) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).length;
    const ragged: string[] = [];
    for (const [start, end] of blocks('table_open')) {
      const header = cells(lines[start]);
      for (let index = start + 1; index < end; index++) {
        if (lines[index].trim() && cells(lines[index]) !== header) ragged.push(`line ${index + 1}: ${cells(lines[index])} cells, header ${header}`);
      }
    }
    expect(ragged).toEqual([]);
  });

  it('lists every event once in the events table', () => {
    const html = markdown.render(section('Events'));
    const table = html.slice(html.indexOf('<table>'), html.indexOf('</table>'));
    const rows = [...table.matchAll(/<tr>\s*<td><code>([a-z-]+)<\/code><\/td>/g)].map(([, name]) => name);
    expect(rows.sort()).toEqual(names(element.events).sort());
  });
});
