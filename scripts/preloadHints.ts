// Vite plugin: tells the browser, in the page's head, what the first draw will fetch, so the data, the
// map and the views' code load while the main script does: without it they wait for it to run,
// three round trips in a row (script → data package → tables and views).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import type { DataPackage } from '../src/lib/data/types.ts';
import { checkedPath } from '../src/lib/data/checkedTable.ts';

/** The modules the dashboard draws its views with (the catalogue imports them on demand). */
const VIEW_MODULES = ['FlowMap.svelte', 'OilChart.svelte', 'ArmsChart.svelte', 'InvestmentChart.svelte', 'VisitsChart.svelte'];

const fetchHint = (href: string): HtmlTagDescriptor => ({
  tag: 'link',
  // `crossorigin` matches what fetch() asks for, so the preloaded response is the one it uses.
  attrs: { rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous' },
  injectTo: 'head',
});

export function preloadHints(dataDir: string): Plugin {
  return {
    name: 'preload-hints',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const descriptor = JSON.parse(readFileSync(path.join(dataDir, 'datapackage.json'), 'utf8')) as DataPackage;
        const sources = descriptor.resources.find((r) => r.name === 'sources');
        // An embed's view comes from its URL: every view needs the descriptor and the sources.
        if (!ctx.filename.endsWith('index.html')) {
          return [fetchHint('./data/datapackage.json'), ...(sources ? [fetchHint(`./data/${checkedPath(sources)}`)] : [])];
        }
        const views = Object.values(ctx.bundle ?? {}).filter(
          (c) => c.type === 'chunk' && VIEW_MODULES.some((m) => c.facadeModuleId?.endsWith(`/${m}`)),
        );
        return [
          fetchHint('./data/datapackage.json'),
          ...descriptor.resources.map((r) => fetchHint(`./data/${checkedPath(r)}`)),
          fetchHint('./region.topo.json'),
          ...views.map((c): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${c.fileName}` }, injectTo: 'head' })),
        ];
      },
    },
  };
}
