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

/**
 * The tools beside the banner (the demo, the benchmark, the checker) reach it only through the
 * package's declared exports: a bare `report-banner/<door>` that package.json exports, or a
 * relative path to the very file such an export names (the demo runs in a browser straight from
 * the repository, where nothing resolves a package name). Never through `src/`, `locales/` or any
 * other built file, which may move or change without notice.
 */
const TOOLS = ['demo', 'bench', 'checker'];
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, unknown> };
const doors = new Set(Object.keys(pkg.exports).map((door) => `report-banner${door.slice(1)}`));
const targetsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [normalize(value)] : value && typeof value === 'object' ? Object.values(value).flatMap(targetsOf) : [];
const doorFiles = new Set(targetsOf(pkg.exports));

/** Every module a tool's file imports or loads as a script, as written. */
function specifiersOf(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const found = [
    ...code.matchAll(/(?:^|[\n;])\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/g),
    ...code.matchAll(/(?:^|[\n;])\s*import\s*['"]([^'"]+)['"]/g),
    ...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map(([, specifier]) => specifier);
  if (file.endsWith('.html')) found.push(...[...code.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map(([, src]) => src));
  return found;
}

/** What is wrong with one import of a tool's file, or undefined when it goes through a door. */
function backStair(file: string, specifier: string): string | undefined {
  const tool = file.split('/')[0];
  if (/^report-banner(\/|$)/.test(specifier) && !specifier.startsWith('report-banner-')) {
    return doors.has(specifier) ? undefined : 'not a declared export';
  }
  if (!specifier.startsWith('.')) return undefined;
  const target = normalize(join(dirname(file), specifier));
  // Within the tool, or another tool's file (the browser flags the checker shares): not the banner.
  if (target.startsWith(`${tool}/`) || !/^(src|locales|dist)\//.test(target)) return undefined;
  return doorFiles.has(target) ? undefined : `${target} is not a file a declared export names`;
}

const toolFiles = TOOLS.flatMap((tool) =>
  (readdirSync(tool, { recursive: true }) as string[])
    .filter((path) => !/(^|\/)(node_modules|dist)\//.test(path) && /\.(ts|js|mjs|html)$/.test(path))
    .map((path) => join(tool, path)),
);

describe('the demo, the benchmark and the checker', () => {
  it('reach the banner only through its declared exports', () => {
    expect(toolFiles.length).toBeGreaterThan(20);
    const stairs = toolFiles.flatMap((file) =>
      specifiersOf(file).flatMap((specifier) => {
        const wrong = backStair(file, specifier);
        return wrong ? [`${file}: ${specifier} (${wrong})`] : [];
      }),
    );
    expect(stairs).toEqual([]);
  });

  it('find each door they use in package.json', () => {
    // The check above only means something if the doors the tools use are the ones it reads.
    expect(doors).toContain('report-banner/facts');
    expect(doors).toContain('report-banner/schema');
    expect(doorFiles).toContain('dist/esm/facts.js');
  });
});
