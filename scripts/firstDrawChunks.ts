// Which built chunks a page needs before its first full draw: its entry, the modules it imports on
// demand to draw (the views, the map's reader), and every chunk those import statically, however deep.
import type { Rollup } from 'vite';

/** What each view imports on demand before it draws: its component, and for the map the reader of the
 *  map's TopoJSON, which boot loads only for a page with the map. Keyed by the catalogue's ids (a unit
 *  test holds them equal: the build config cannot import the catalogue, whose views are Svelte components). */
export const VIEW_DRAWN = {
  map: ['FlowMap.svelte', 'loadRegion.ts'],
  oil: ['OilChart.svelte'],
  arms: ['ArmsChart.svelte'],
  investment: ['InvestmentChart.svelte'],
  visits: ['VisitsChart.svelte'],
} as const satisfies Record<string, readonly string[]>;

/** The data package's resources each view draws from (the catalogue's `datasets`, which the config cannot
 *  import: a unit test holds the two equal; a module both import cost the map's embed 48 bytes gzip over
 *  its budget): the embed page's loader fetches them at once for the chosen view. */
export const VIEW_DATASETS = {
  map: ['oil-exports', 'defense-imports', 'investment', 'visits'],
  oil: ['oil-exports'],
  arms: ['defense-imports'],
  investment: ['investment'],
  visits: ['visits'],
} as const satisfies Record<keyof typeof VIEW_DRAWN, readonly string[]>;

/** The modules the dashboard, which shows every view, imports on demand before it draws. */
export const FIRST_DRAW_MODULES: readonly string[] = Object.values(VIEW_DRAWN).flat();

const chunksOf = (bundle: Rollup.OutputBundle) =>
  new Map(Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])));

/** Files of the chunks with those of everything they import statically, however deep. */
export function staticClosure(bundle: Rollup.OutputBundle, start: Rollup.OutputChunk[]): { js: Set<string>; css: Set<string> } {
  const chunks = chunksOf(bundle);
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (chunk: Rollup.OutputChunk) => {
    if (js.has(chunk.fileName)) return;
    js.add(chunk.fileName);
    for (const f of chunk.viteMetadata?.importedCss ?? []) css.add(f);
    for (const f of chunk.imports) visit(chunks.get(f)!);
  };
  start.forEach(visit);
  return { js, css };
}

/** The own chunks of the modules imported on demand before the first draw. */
export const firstDrawChunks = (bundle: Rollup.OutputBundle, drawn: readonly string[] = FIRST_DRAW_MODULES) =>
  [...chunksOf(bundle).values()].filter((c) => drawn.some((m) => c.facadeModuleId?.endsWith(`/${m}`)));

/** The entry chunks whose module (a page's HTML, or an entry script) matches; by default every one. */
export const entryChunks = (bundle: Rollup.OutputBundle, page = /(?:)/) =>
  [...chunksOf(bundle).values()].filter((c) => c.isEntry && page.test(c.facadeModuleId ?? ''));
