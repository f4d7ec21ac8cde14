// Vite plugin: tells the browser, in the page's head, what the first draw will fetch, so the data, the
// map and the views' code load while the main script does: without it they wait for it to run,
// three round trips in a row (script → data package → tables and views).
import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';
import { packageFileFor } from '../src/lib/data/loadPackage.ts';
import { entryChunks, staticClosure, firstDrawChunks } from './firstDrawChunks.ts';

const fetchHint = (href: string): HtmlTagDescriptor => ({
  tag: 'link',
  // `crossorigin` matches what fetch() asks for, so the preloaded response is the one it uses.
  attrs: { rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous' },
  injectTo: 'head',
});

/**
 * The chunks imported on demand before the first draw (the views, the map's reader) with every chunk
 * and stylesheet they import, however deep: the browser learns a chunk's imports only once it has that
 * chunk, so without these the views' shared code (d3-array, axes, cursors) is a further round trip
 * after the views' own files.
 */
function viewFiles(bundle: Rollup.OutputBundle): { js: string[]; css: string[] } {
  const { js, css } = staticClosure(bundle, firstDrawChunks(bundle));
  // What the entry loads statically is already in the page's head (Vite writes it).
  const entry = staticClosure(bundle, entryChunks(bundle, /\/index\.html$/));
  for (const f of entry.js) js.delete(f);
  for (const f of entry.css) css.delete(f);
  return { js: [...js], css: [...css] };
}

export function preloadHints(): Plugin {
  return {
    name: 'preload-hints',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        // An embed's view, and so its data, comes from its URL: its loader preloads them (embedViewBuilds.ts).
        if (!ctx.filename.endsWith('index.html')) return [];
        const views = viewFiles(ctx.bundle ?? {});
        // The dashboard loads every resource, in the one file its boot asks for (loadPackage.ts).
        return [
          fetchHint(`./data/${packageFileFor()}`),
          fetchHint('./region.topo.json'),
          ...views.js.map((f): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` }, injectTo: 'head' })),
          // Fetched now, applied when the view's import adds its stylesheet link (same URL, from the cache).
          ...views.css.map((f): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `./${f}` }, injectTo: 'head' })),
        ];
      },
    },
  };
}
