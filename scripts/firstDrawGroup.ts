// Vite plugin and chunk group for one page's build: every module its first full draw runs (the entry's
// static imports, the views and the map's reader it imports on demand, and all they import statically)
// goes into one file. As one gzip stream the views and their shared code compress against each other,
// and no file carries another's import and export lists: the dashboard's 66 KB gzip in one file against
// 75 KB in twelve. Used by the dashboard's build and by each view's embed build (embedViewBuilds.ts).
// The one exception is an entry the page runs ahead of that file (the dashboard's data loads,
// earlyScript.ts): it is small so that it runs at once, and a file of its own.
import type { Plugin } from 'vite';
import { FIRST_DRAW_MODULES } from './firstDrawChunks.ts';

type ModuleInfo = { isEntry: boolean; importedIds: readonly string[] } | null;

/** The modules a page's first draw runs: its entries, the modules it imports on demand to draw
 *  (FIRST_DRAW_MODULES), and every module those import statically, however deep; less the modules of
 *  `early`, an entry run ahead of the others (earlyScript.ts), which are a file of their own. */
export function firstDrawModules(ids: Iterable<string>, info: (id: string) => ModuleInfo, drawn: readonly string[] = FIRST_DRAW_MODULES, early?: string): { modules: Set<string>; early: Set<string> } {
  const all = [...ids];
  const closure = (start: (id: string) => boolean) => {
    const seen = new Set<string>();
    const visit = (id: string) => {
      if (seen.has(id)) return;
      seen.add(id);
      for (const next of info(id)?.importedIds ?? []) visit(next);
    };
    for (const id of all) if (start(id)) visit(id);
    return seen;
  };
  const isEarly = (id: string) => early !== undefined && id.endsWith(`/${early}`);
  const earlyModules = closure(isEarly);
  const modules = closure((id) => !isEarly(id) && (info(id)?.isEntry === true || drawn.some((m) => id.endsWith(`/${m}`))));
  for (const id of earlyModules) modules.delete(id);
  return { modules, early: earlyModules };
}

type Group = { name: string; test: (id: string) => boolean; priority: number };

/** The groups to put in `codeSplitting.groups` (with `early`, its group first: a group takes the modules
 *  it captures and all they import, so the early script's must be taken before the first draw's, which
 *  imports them), and the plugin that fills them once the module graph is known. */
export function firstDrawGroup(name: string, environment = 'client', drawn: readonly string[] = FIRST_DRAW_MODULES, early?: { name: string; module: string }): { plugin: Plugin; groups: Group[] } {
  let found = { modules: new Set<string>(), early: new Set<string>() };
  const plugin: Plugin = {
    name: `first-draw-group:${name}`,
    apply: 'build',
    // That page's build alone.
    applyToEnvironment: (env) => env.name === environment,
    buildEnd() {
      found = firstDrawModules(this.getModuleIds(), (id) => this.getModuleInfo(id), drawn, early?.module);
    },
  };
  const groups = [{ name, test: (id: string) => found.modules.has(id), priority: 1 }];
  if (early) groups.unshift({ name: early.name, test: (id: string) => found.early.has(id), priority: 2 });
  return { plugin, groups };
}
