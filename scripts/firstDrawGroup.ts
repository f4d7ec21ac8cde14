// Vite plugin and chunk group for one page's build: every module its first full draw runs (the entry's
// static imports, the views and the map's reader it imports on demand, and all they import statically)
// goes into one file. As one gzip stream the views and their shared code compress against each other,
// and no file carries another's import and export lists: the dashboard's 66 KB gzip in one file against
// 75 KB in twelve. Used by the dashboard's build and by each view's embed build (embedViewBuilds.ts).
import type { Plugin } from 'vite';
import { FIRST_DRAW_MODULES } from './firstDrawChunks.ts';

type ModuleInfo = { isEntry: boolean; importedIds: readonly string[] } | null;

/** The modules a page's first draw runs: its entries, the modules it imports on demand to draw
 *  (FIRST_DRAW_MODULES), and every module those import statically, however deep. */
export function firstDrawModules(ids: Iterable<string>, info: (id: string) => ModuleInfo, drawn: readonly string[] = FIRST_DRAW_MODULES): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const next of info(id)?.importedIds ?? []) visit(next);
  };
  for (const id of ids) if (info(id)?.isEntry || drawn.some((m) => id.endsWith(`/${m}`))) visit(id);
  return seen;
}

/** The group to put in `codeSplitting.groups`, and the plugin that fills it once the module graph is known. */
export function firstDrawGroup(name: string, environment = 'client', drawn: readonly string[] = FIRST_DRAW_MODULES): { plugin: Plugin; group: { name: string; test: (id: string) => boolean } } {
  let modules = new Set<string>();
  const plugin: Plugin = {
    name: `first-draw-group:${name}`,
    apply: 'build',
    // That page's build alone.
    applyToEnvironment: (env) => env.name === environment,
    buildEnd() {
      modules = firstDrawModules(this.getModuleIds(), (id) => this.getModuleInfo(id), drawn);
    },
  };
  return { plugin, group: { name, test: (id: string) => modules.has(id) } };
}
