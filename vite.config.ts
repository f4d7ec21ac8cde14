// Build and unit-test configuration: one Vite config serves the site, Vitest and component tests.
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { serveData } from './scripts/serveData.ts';
import { pageHead } from './scripts/pageHead.ts';
import { preloadHints } from './scripts/preloadHints.ts';
import { compileHints } from './scripts/compileHints.ts';
import { firstDrawGroup } from './scripts/firstDrawGroup.ts';

const dashboardDraw = firstDrawGroup('dashboard');

// Each page is a build of its own, so each is split for its own first load: the dashboard draws all
// five views at once from one file (firstDrawGroup); an embed draws one view, so the views stay apart.
// The two builds share no file, only the data and the map.
export default defineConfig({
  plugins: [svelte(), svelteTesting(), serveData('data'), pageHead(), preloadHints('data'), compileHints(), dashboardDraw.plugin],
  base: './',
  build: {
    target: 'es2022',
    // Every browser the page supports preloads modules itself: the polyfill was a file of its own
    // (0.4 KB gzip, one more request) in every first load.
    modulePreload: { polyfill: false },
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
          input: { main: 'index.html' },
          output: { codeSplitting: { groups: [dashboardDraw.group] } },
        },
      },
    },
    // The embed page (one view alone), built after the dashboard into the same folder.
    embed: {
      consumer: 'client',
      build: {
        emptyOutDir: false,
        rollupOptions: {
          input: { embed: 'embed.html' },
          // The code two or more views share (with the Svelte runtime and d3 they depend on), and the boot,
          // data and state code every embed runs, is one file, not a dozen small ones.
          // A view's own folder (charts/arms/…) and the on-demand loader stay out of it: they are shared
          // only by one view and the parts it loads on demand, so an embed of another view never fetches them.
          // So do the table and download builders (and the download's column names), loaded when a reader
          // asks for a table or a file: shared by two of those parts, they would otherwise be pulled into
          // every first load.
          output: {
            codeSplitting: {
              groups: [{ name: 'shared', minShareCount: 2, test: (id: string) => /node_modules\/d3-|src\/lib\/(charts|frame|map|series|geo|data|state|catalogue|boot)\/|src\/lib\/theme\.ts/.test(id) && !/src\/lib\/charts\/(arms|investment|oil|visits)\/|OnDemand\.svelte|(Table|Download|Builders|readableColumns)\.ts$/.test(id) }],
            },
          },
        },
      },
    },
  },
  builder: {
    async buildApp(builder) {
      await builder.build(builder.environments.client!);
      await builder.build(builder.environments.embed!);
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
