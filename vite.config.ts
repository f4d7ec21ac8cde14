// Build and unit-test configuration: one Vite config serves the site, Vitest and component tests.
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { serveData } from './scripts/serveData.ts';
import { pageHead } from './scripts/pageHead.ts';
import { preloadHints } from './scripts/preloadHints.ts';
import { compileHints } from './scripts/compileHints.ts';
import { FIRST_DRAW_MODULES } from './scripts/firstDrawChunks.ts';
import { firstDrawGroup } from './scripts/firstDrawGroup.ts';
import { embedViewBuilds } from './scripts/embedViewBuilds.ts';
import { earlyScript } from './scripts/earlyScript.ts';
import { plainDynamicImport } from './scripts/plainDynamicImport.ts';

// Started from a script of its own, ahead of the main one: the dashboard's data (dashboardLoads.ts).
const DASHBOARD_LOADS = 'src/lib/boot/dashboardLoads.ts';
const dashboardDraw = firstDrawGroup('dashboard', 'client', undefined, { name: 'loads', module: DASHBOARD_LOADS });
const embedViews = embedViewBuilds();

// Each page is built for its own first load: the dashboard draws all five views at once from one file
// (firstDrawGroup), its data loaded meanwhile by a small one run ahead of it (earlyScript); each view's
// embed from one file of its own (embedViewBuilds). The builds share no file, only the data and the map.
export default defineConfig({
  // No `window.__svelte.v` registration of Svelte's version in every page: a few dozen bytes each
  // embed carries for developer tools, not for readers.
  plugins: [svelte({ compilerOptions: { discloseVersion: false } }), svelteTesting(), plainDynamicImport(), serveData('data'), pageHead(), preloadHints(), compileHints((environment) => (environment === 'client' ? FIRST_DRAW_MODULES : [])), dashboardDraw.plugin, earlyScript(DASHBOARD_LOADS), ...embedViews.plugins],
  base: './',
  build: {
    target: 'es2022',
    // No modulepreload polyfill (a file of its own, 0.4 KB gzip), and no chunk fetched alongside one
    // loaded on demand (a table, a download, an image): what that chunk imports follows it, one round
    // trip later, the first time a reader asks (0.34 KB gzip of lists off every page). No chunk loads
    // on demand before the first draw; the dashboard's first-draw files are preloaded by
    // preloadHints.ts, an embed's by its loader. The helper that did the fetching, left with nothing
    // to do, is replaced by a plain import() (plainDynamicImport.ts).
    modulePreload: false,
    sourcemap: false,
    // One stylesheet (5.5 KB gzip in all) rather than one per component chunk: each file is a request,
    // and a browser on HTTP/1.1 makes six at a time.
    cssCodeSplit: false,
  },
  environments: {
    // The dashboard page. What only some readers ask for (the panels, the dialogs, tables and
    // downloads, the CSV check) stays in chunks of its own, loaded when asked for.
    client: {
      build: {
        rollupOptions: {
          input: { main: 'index.html', loads: DASHBOARD_LOADS },
          output: { codeSplitting: { groups: dashboardDraw.groups } },
        },
      },
    },
    // One build of the embed's entry per view, then the embed page that picks one.
    ...embedViews.environments,
    embed: { consumer: 'client', build: { emptyOutDir: false, rollupOptions: { input: { embed: 'embed.html' } } } },
  },
  builder: {
    async buildApp(builder) {
      // In order: the embed page names the files the views' builds wrote.
      for (const name of ['client', ...Object.keys(embedViews.environments), 'embed']) await builder.build(builder.environments[name]!);
    },
  },
  // The CSV import worker is a module worker (`type: 'module'`), so it is bundled as one.
  worker: { format: 'es' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
  },
});
