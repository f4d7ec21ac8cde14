// Vite plugin: runs one module of the page's build (an entry of its own, `module`) from a script in the
// page's head, ahead of the main script. The browser compiles a small script at once and runs it as
// soon as it is in (`async`); the main one, with everything the first draw runs, takes it longer (its
// compile hint, compileHints.ts, has V8 compile it whole on a background thread first). The main script
// imports the same file and so gets the same module, already run: what it started is under way.
import type { Plugin } from 'vite';
import { entryChunks } from './firstDrawChunks.ts';

/** `module`: a path ending, as firstDrawGroup's `early` takes it. */
export function earlyScript(module: string, page = 'index.html'): Plugin {
  const entry = new RegExp(`/${module.replace(/[.]/g, '\\.')}$`);
  return {
    name: 'early-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = ctx.filename.endsWith(page) && entryChunks(ctx.bundle ?? {}, entry)[0];
        if (!chunk) return [];
        return [{ tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src: `./${chunk.fileName}` }, injectTo: 'head-prepend' }];
      },
    },
  };
}
