import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The rooms of src/, lowest first, as ARCHITECTURE.md draws them: a file imports from its own
 * room or from rooms below it, never above. The entry points at src/ itself come last; no room
 * imports them.
 */
const FLOORS = ['host', 'start-up', 'theme', 'notice', 'quick-exit', 'age-check', 'analytics', 'options', 'element', '.'];

const files = (readdirSync('src', { recursive: true }) as string[]).filter((file) => file.endsWith('.ts')).map((file) => join('src', file));
const roomOf = (file: string) => relative('src', dirname(file)).split('/')[0] || '.';

/** Every relative import and re-export of `file`, as a path from the repository root. */
function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*'(\.[^']+)'|(?:^|\n)\s*import\s*'(\.[^']+)'/g)]
    .map(([, from, bare]) => normalize(join(dirname(file), from ?? bare)).replace(/\.js$/, '.ts'));
}

describe('the rooms of src/', () => {
  it('are the ones ARCHITECTURE.md names, and it names every file', () => {
    const map = readFileSync('ARCHITECTURE.md', 'utf8');
    expect(new Set(files.map(roomOf))).toEqual(new Set(FLOORS));
    for (const file of files) expect(map, file).toContain(`\`${file}\``);
  });

  it('import only from their own room or rooms below', () => {
    const upward: string[] = [];
    for (const file of files) {
      for (const target of importsOf(file).filter((path) => path.startsWith('src/'))) {
        if (FLOORS.indexOf(roomOf(target)) > FLOORS.indexOf(roomOf(file))) upward.push(`${file} → ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('has no import cycle inside a room', () => {
    const cycles: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (path.includes(file)) return void cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
      for (const target of importsOf(file)) if (target.startsWith('src/') && roomOf(target) === roomOf(file)) visit(target, [...path, file]);
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
