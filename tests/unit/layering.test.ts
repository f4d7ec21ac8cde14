// The shape of src/lib: folders import downwards only (no folder imports one that imports it
// back), the data layer knows nothing of the state or the views, and the map nothing of charts/.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const lib = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/lib');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : /\.(ts|svelte)$/.test(name) ? [full] : [];
  });
}

/** The folder of src/lib a file belongs to; files at its top (strings, format) are 'lib'. */
const folderOf = (file: string) => {
  const rel = path.relative(lib, file);
  return rel.includes(path.sep) ? rel.split(path.sep)[0]! : 'lib';
};

/** Folder → the folders its files import at run time (static and dynamic relative imports).
 *  `import type` is left out: it vanishes from the build, so a type used both ways is no cycle. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of filesUnder(lib)) {
    const from = folderOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    const code = readFileSync(file, 'utf8').replace(/^\s*import type [^;]+;/gm, '');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = path.resolve(path.dirname(file), m[1]!);
      if (!target.startsWith(lib)) continue;
      const to = folderOf(target);
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** Every folder cycle, as a path a → … → a. */
function cycles(graph: Map<string, Set<string>>): string[] {
  const found: string[] = [];
  const walk = (start: string, at: string, trail: string[]) => {
    for (const next of graph.get(at) ?? []) {
      if (next === start) found.push([...trail, next].join(' → '));
      else if (!trail.includes(next) && next > start) walk(start, next, [...trail, next]);
    }
  };
  for (const start of graph.keys()) walk(start, start, [start]);
  return found;
}

describe('src/lib layering', () => {
  const graph = folderGraph();

  it('has no folder that imports one that imports it back', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('the data layer imports no other folder but the shared strings and formats, and text/ (ordering, number text) imports nothing', () => {
    expect([...(graph.get('data') ?? [])].filter((f) => f !== 'lib' && f !== 'text')).toEqual([]);
    expect([...(graph.get('text') ?? [])]).toEqual([]);
  });

  it('the map imports nothing from charts/, and no view imports the page shells', () => {
    expect(graph.get('map')?.has('charts')).toBe(false);
    for (const view of ['map', 'charts', 'frame', 'series']) {
      for (const shell of ['boot', 'embed', 'catalogue']) expect(graph.get(view)?.has(shell), `${view} → ${shell}`).toBe(false);
    }
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    expect(cycles(new Map([['a', new Set(['b'])], ['b', new Set(['a'])]]))).toEqual(['a → b → a']);
  });
});
