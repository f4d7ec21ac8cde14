// Vite plugin: runs one module of the page's build (an entry of its own, `module`) from a script in the
// page's head, ahead of the main script. The browser compiles a small script at once and runs it as
// soon as it is in (`async`); the main one, with everything the first draw runs, takes it longer (its
// compile hint, compileHints.ts, has V8 compile it whole on a background thread first). The main script
// imports the same file and so gets the same module, already run: what it started is under way.
import type { Plugin, Rollup } from 'vite';

/** The built file of the entry chunk of `module` (a path ending), if the bundle has it. */
export const earlyChunk = (bundle: Rollup.OutputBundle, module: string): Rollup.OutputChunk | undefined =>
  Object.values(bundle).find((c): c is Rollup.OutputChunk => c.type === 'chunk' && c.isEntry && (c.facadeModuleId ?? '').endsWith(`/${module}`));

export function earlyScript(module: string, page = 'index.html'): Plugin {
  return {
    name: 'early-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = ctx.filename.endsWith(page) && earlyChunk(ctx.bundle ?? {}, module);
        if (!chunk) return [];
        return [{ tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src: `./${chunk.fileName}` }, injectTo: 'head-prepend' }];
      },
    },
  };
}
