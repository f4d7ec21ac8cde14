import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { COMPILE_HINT, addCompileHints } from '../../scripts/compileHints.ts';

/** A chunk of a synthetic bundle: just the fields the plugin reads. */
const chunk = (fileName: string, facadeModuleId: string | null, imports: string[], isEntry = false) =>
  ({ type: 'chunk', fileName, facadeModuleId, imports, isEntry, code: `/* ${fileName} */`, viteMetadata: { importedCss: new Set<string>() } }) as unknown as Rollup.OutputChunk;

function bundle(): Rollup.OutputBundle {
  const chunks = [
    chunk('main.js', '/app/index.html', ['shared.js'], true),
    chunk('embed.js', '/app/embed.html', ['shared.js'], true),
    chunk('shared.js', null, []),
    chunk('FlowMap.js', '/app/src/lib/map/FlowMap.svelte', ['shared.js', 'mapOnly.js']),
    chunk('mapOnly.js', null, []),
    chunk('EmbedDialog.js', '/app/src/lib/embed/EmbedDialog.svelte', ['shared.js', 'dialogOnly.js']),
    chunk('dialogOnly.js', null, []),
  ];
  const out: Rollup.OutputBundle = Object.fromEntries(chunks.map((c) => [c.fileName, c]));
  out['FlowMap.js.map'] = { type: 'asset', fileName: 'FlowMap.js.map', source: JSON.stringify({ version: 3, mappings: 'AAAA;AACA' }) } as Rollup.OutputAsset;
  return out;
}

const code = (b: Rollup.OutputBundle, f: string) => (b[f] as Rollup.OutputChunk).code;

describe('addCompileHints', () => {
  it('marks the pages’ entries, the views and everything they import statically, and nothing loaded later', () => {
    const b = bundle();
    expect(addCompileHints(b).sort()).toEqual(['FlowMap.js', 'embed.js', 'main.js', 'mapOnly.js', 'shared.js']);
    for (const f of ['main.js', 'embed.js', 'shared.js', 'FlowMap.js', 'mapOnly.js']) expect(code(b, f)).toBe(`${COMPILE_HINT}/* ${f} */`);
    for (const f of ['EmbedDialog.js', 'dialogOnly.js']) expect(code(b, f)).toBe(`/* ${f} */`);
  });

  it('moves a marked chunk’s source map one line down, to follow its code', () => {
    const b = bundle();
    addCompileHints(b);
    expect(JSON.parse(String((b['FlowMap.js.map'] as Rollup.OutputAsset).source)).mappings).toBe(';AAAA;AACA');
  });

  it('marks a chunk once though several pages and views import it', () => {
    const b = bundle();
    addCompileHints(b);
    expect(code(b, 'shared.js').split(COMPILE_HINT)).toHaveLength(2);
  });
});

describe('addCompileHints with the view in the entry', () => {
  it('marks the entry and what it imports, not the other views’ chunks', () => {
    const b = bundle();
    expect(addCompileHints(b, []).sort()).toEqual(['embed.js', 'main.js', 'shared.js']);
    expect(code(b, 'FlowMap.js')).toBe('/* FlowMap.js */');
  });
});
