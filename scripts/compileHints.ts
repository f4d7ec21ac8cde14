// Vite plugin: marks every chunk a page runs before its first full draw with V8's explicit compile
// hint, so Chromium compiles those files whole on a background thread while they stream in. Without
// it, V8 compiles each function on the main thread when it is first called: ~45 ms of the
// dashboard's first load at 1× CPU, in the task that draws the views. Browsers that do not know the
// hint read a comment. Chunks loaded later (the Embed dialog, the panels, the CSV worker) stay lazy.
import type { Plugin, Rollup } from 'vite';
import { entryChunks, staticClosure, firstDrawChunks, FIRST_DRAW_MODULES } from './firstDrawChunks.ts';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Prepends the hint to the first draw's chunks (and shifts their source maps, if any, one line down). */
export function addCompileHints(bundle: Rollup.OutputBundle, drawn: readonly string[] = FIRST_DRAW_MODULES): string[] {
  const { js } = staticClosure(bundle, [...entryChunks(bundle), ...firstDrawChunks(bundle, drawn)]);
  for (const fileName of js) {
    const chunk = bundle[fileName] as Rollup.OutputChunk;
    chunk.code = COMPILE_HINT + chunk.code;
    const map = bundle[`${fileName}.map`];
    if (map?.type === 'asset') {
      const json = JSON.parse(String(map.source)) as { mappings: string };
      map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` });
    }
  }
  return [...js];
}

/** `drawnIn`: the modules a build's page imports on demand before its first draw, by environment (the
 *  embed's per-view builds have their view in the entry, and the other views' chunks are never drawn first). */
export function compileHints(drawnIn: (environment: string) => readonly string[]): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    // Last: generateBundle sees the minified code (which drops comments), and Vite's own hook
    // prepends its preload map to chunks there; the hint must be the file's first line.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        addCompileHints(bundle, drawnIn(this.environment.name));
      },
    },
  };
}
