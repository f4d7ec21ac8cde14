// Vite plugin: a dynamic import() in the built pages stays a plain import(). Vite wraps each one in its
// preload helper, which fetches the chunk's imports alongside it; with `modulePreload: false` and one
// stylesheet (vite.config.ts) the helper is only ever handed an empty list, yet it shipped in every
// page (0.6–0.7 KB gzip each) and ran at startup. Here the helper is one line that calls the import.
import type { Plugin } from 'vite';

/** The module Vite's build imports its helper from (its import analysis, `preloadHelperId`). */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/** The helper every wrapped import calls: `__vitePreload(() => import('./x.js'), deps, importerUrl)`. */
const PLAIN_HELPER = 'export const __vitePreload = (load) => load();';

export function plainDynamicImport(): Plugin {
  return {
    name: 'plain-dynamic-import',
    apply: 'build',
    // Ahead of Vite's own: the first plugin to load a module supplies it.
    enforce: 'pre',
    resolveId: (id) => (id === PRELOAD_HELPER ? id : null),
    load: (id) => (id === PRELOAD_HELPER ? PLAIN_HELPER : null),
  };
}
