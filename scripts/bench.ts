// `npm run bench -- --baseline <ref> --runs N`: builds <ref> (default HEAD) and this working tree, loads both
// interleaved in fresh Chromium contexts at 1× and 4× CPU, loads the dashboard of both again on the shipped data
// scaled 100× (--scale), then imports a generated 1,000,000-row CSV in each, and prints each figure with its
// ratio to the baseline. --network slow-4g loads every page over an emulated phone network (network.ts),
// --viewport 375x800 in a phone's window (viewport.ts).
// Figures only: nothing here asserts a time. Results are also written to bench-results/ (git-ignored).
import { release } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/browser/harness.ts';
import { parseArgs } from './bench/args.ts';
import { byteSummary, fetchedBeforeDrawn, type ByteSummary } from './bench/bytes.ts';
import { measureImport } from './bench/measureImport.ts';
import { measureLoad, type LoadConditions } from './bench/measureLoad.ts';
import { NETWORKS } from './bench/network.ts';
import { CHANGES } from './bench/measureChanges.ts';
import { measurePages, SIDES, type PageLoads, type Side } from './bench/measurePages.ts';
import { benchPages, pageExists } from './bench/pages.ts';
import { bytesTable, importTable, timingTable, writeJson } from './bench/report.ts';
import { serveStatic, type StaticSite } from './bench/serveStatic.ts';
import { summarise, type Summary } from './bench/summarise.ts';
import { scaledPackage } from './bench/scaledData.ts';
import { writeCheckedWith } from './bench/checkedWith.ts';
import { summariseImports, type ImportResult, type ImportSummary } from './bench/summariseImport.ts';
import { bigOilFile, writeTempFolder } from './bench/tempCsv.ts';
import { git, Workspace, type Build } from './bench/worktree.ts';

/** 4× is a mid-range phone's main thread, roughly, next to this machine's. */
const CPU_RATES = [1, 4];
/** The issue's big file. Imported at 1× only: at 4× one import of it would take minutes per build. */
const IMPORT_ROWS = 1_000_000;

const args = parseArgs(process.argv.slice(2));
const network = args.network ? NETWORKS[args.network] : undefined;
const networkName = args.network ? `over an emulated ${args.network} network (network.ts)` : 'from a local server, no network emulated';
const conditions: LoadConditions = { viewport: args.viewport, network };
const repo = git(['rev-parse', '--show-toplevel'], process.cwd());
const workspace = new Workspace(repo);
// Ctrl-C must not leave a worktree behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    workspace.cleanup();
    process.exit(130);
  });
}

const startedAt = Date.now();
const elapsed = () => `${((Date.now() - startedAt) / 1000).toFixed(0)} s`;
const sites: Partial<Record<Side, StaticSite>> = {};
/** The same builds served with data/ taken from the scaled package. */
const scaledSites: Partial<Record<Side, StaticSite>> = {};
let browser: Browser | null = null;
try {
  console.log(`building baseline ${args.baseline} in a temporary worktree (npm ci + build)…`);
  const builds: Record<Side, Build> = { baseline: await workspace.buildBaseline(args.baseline), current: { root: '', dist: '', label: '' } };
  console.log(`building this checkout… (${elapsed()})`);
  builds.current = await workspace.buildCurrent();
  for (const side of SIDES) sites[side] = await serveStatic(builds[side].dist);
  browser = await launchChromium();

  const pages = benchPages().filter((p) => SIDES.some((side) => pageExists(p, builds[side].dist)));
  const has = (side: Side, page: (typeof pages)[number]) => pageExists(page, builds[side].dist);
  const url = (side: Side, page: (typeof pages)[number]) => sites[side]!.baseUrl + page.path;
  const summariseSides = (byPage: PageLoads, page: (typeof pages)[number], rate: number) =>
    Object.fromEntries(SIDES.map((side) => [side, has(side, page) ? summarise(byPage[side][rate] ?? []) : null])) as Record<Side, Summary | null>;

  // One discarded load per build first: the browser's first page pays for process and cache start-up.
  for (const side of SIDES) await measureLoad(browser, url(side, pages[0]!), pages[0]!.ids, 1, conditions);

  console.log(`measuring ${pages.map((p) => p.name).join(', ')}: ${args.runs} runs × CPU ${CPU_RATES.join('×, ')}× (${elapsed()})`);
  const loads = await measurePages(browser, { pages, url: (side, page) => (has(side, page) ? url(side, page) : null), runs: args.runs, rates: CPU_RATES, conditions });

  // Issue 11's 100× case: the dashboard of both builds again, on one generated package made from this
  // checkout's data/ (observation files ×scale, see scaledData.ts), with the same loads and changes.
  // Adds 2 × runs × 2 loads: here about 7 s each at 1× and 17 s at 4× (25 s a build with --runs 1); a
  // build that never draws on it waits 30 s once per CPU rate, then is skipped.
  const dashboard = pages[0]!;
  const scaled = args.scale ? scaledPackage(path.join(repo, 'data'), args.scale) : null;
  const scaledTitle = scaled && `${dashboard.name} (${dashboard.path || '/'}) with the ${args.scale}× dataset (${scaled.observationRows.toLocaleString('en')} observation rows)`;
  let scaledLoads: PageLoads | null = null;
  if (scaled) {
    // A build draws the build's check of the tables (data/checked/, as `npm run build` writes it), in
    // the form its own page reads: each build gets the same CSVs, checked by its own checkout's code.
    // A baseline older than the checked tables reads the CSVs.
    for (const side of SIDES) {
      const dataDir = writeTempFolder(`data-x${args.scale}-${side}`, scaled.texts);
      await writeCheckedWith(builds[side].root, dataDir);
      scaledSites[side] = await serveStatic(builds[side].dist, dataDir);
    }
    console.log(`measuring ${scaledTitle}: ${args.runs} runs × CPU ${CPU_RATES.join('×, ')}× (${elapsed()})`);
    const scaledUrl = (side: Side) => (has(side, dashboard) ? scaledSites[side]!.baseUrl + dashboard.path : null);
    scaledLoads = (await measurePages(browser, { pages: [dashboard], url: scaledUrl, runs: args.runs, rates: CPU_RATES, conditions }))[0]!;
  }

  // The big import: one file for the whole run, the same bytes for both builds; interleaved like the loads.
  const imports: Record<Side, ImportResult[]> = { baseline: [], current: [] };
  const importFile = args.importRuns ? bigOilFile(IMPORT_ROWS).file : null;
  if (importFile) console.log(`importing a ${IMPORT_ROWS.toLocaleString('en')}-row CSV in the dashboard: ${args.importRuns} runs × CPU 1× (${elapsed()})`);
  for (let run = 0; importFile && run < args.importRuns; run++) {
    const line: string[] = [];
    for (const side of SIDES) {
      if (!has(side, pages[0]!)) continue;
      const result = await measureImport(browser, url(side, pages[0]!), importFile, IMPORT_ROWS);
      imports[side].push(result);
      line.push(`${side === 'current' ? 'this' : side} ${result.previewedMs !== null ? `${result.previewedMs.toFixed(0)} ms` : `FAILED (${result.error})`}`);
    }
    console.log(`  run ${run + 1}/${args.importRuns}: ${line.join(', ')}`);
  }

  // Bytes are deterministic: the first 1× load of each build tells which files came before the first full draw.
  const bytes = pages.map((page, i) =>
    Object.fromEntries(
      SIDES.map((side) => {
        const first = loads[i]![side][1]?.find((l) => l.drawn);
        const before = first ? fetchedBeforeDrawn(first) : null;
        return [side, before && byteSummary(builds[side].dist, before)];
      }),
    ) as Record<Side, ByteSummary | null>,
  );

  console.log(`\nbaseline: ${builds.baseline.label}\nthis:     ${builds.current.label}`);
  console.log(`Chromium ${browser.version()}, viewport ${args.viewport.width}×${args.viewport.height}, ${args.runs} fresh loads per build, page and CPU rate, ${networkName};`);
  console.log(`filter changes: ${CHANGES} per load (From year and Countries alternating). ratio = this / baseline.\n`);
  const summaries = pages.map((page, i) => {
    console.log(bytesTable(`${page.name} (${page.path || '/'}): bytes fetched before every view was drawn`, bytes[i]!.baseline, bytes[i]!.current) + '\n');
    return Object.fromEntries(
      CPU_RATES.map((rate) => {
        const s = summariseSides(loads[i]!, page, rate);
        console.log(timingTable(`${page.name} (${page.path || '/'}), CPU ${rate}×`, s.baseline, s.current) + '\n');
        return [`${rate}x`, s];
      }),
    );
  });

  const scaledSummaries =
    scaledLoads &&
    Object.fromEntries(
      CPU_RATES.map((rate) => {
        const s = summariseSides(scaledLoads!, dashboard, rate);
        console.log(timingTable(`${scaledTitle}, CPU ${rate}×`, s.baseline, s.current));
        for (const side of SIDES) {
          const failed = scaledLoads![side][rate]?.find((l) => !l.drawn);
          if (failed) console.log(`  ${side === 'current' ? 'this' : side}: ${failed.error}`);
        }
        console.log();
        return [`${rate}x`, s];
      }),
    );

  // A build whose every import failed (no such control, say) prints n/a rather than failing the bench.
  const importSummaries = Object.fromEntries(
    SIDES.map((side) => [side, imports[side].some((r) => r.previewedMs !== null) ? summariseImports(imports[side]) : null]),
  ) as Record<Side, ImportSummary | null>;
  if (importFile) {
    console.log(importTable(`import of a ${IMPORT_ROWS.toLocaleString('en')}-row oil CSV (Data panel, Check your own copy), CPU 1×`, importSummaries.baseline, importSummaries.current));
    for (const side of SIDES) for (const r of imports[side]) if (r.error) console.log(`  ${side === 'current' ? 'this' : side}: ${r.error}`);
    console.log();
  }

  const file = writeJson(repo, {
    date: new Date().toISOString(),
    args,
    baseline: builds.baseline.label,
    current: builds.current.label,
    environment: { chromium: browser.version(), node: process.version, os: release(), viewport: args.viewport, cpuRates: CPU_RATES, network: network ?? null, changesPerLoad: CHANGES },
    pages: pages.map((page, i) => ({
      ...page,
      builds: Object.fromEntries(SIDES.map((side) => [side, has(side, page) ? { bytes: bytes[i]![side], summary: Object.fromEntries(CPU_RATES.map((rate) => [`${rate}x`, summaries[i]![`${rate}x`]![side]])), loads: loads[i]![side] } : null])),
    })),
    scaled: scaled && {
      factor: args.scale,
      observationRows: scaled.observationRows,
      builds: Object.fromEntries(SIDES.map((side) => [side, has(side, dashboard) ? { summary: Object.fromEntries(CPU_RATES.map((rate) => [`${rate}x`, scaledSummaries![`${rate}x`]![side]])), loads: scaledLoads![side] } : null])),
    },
    import: importFile && { rows: IMPORT_ROWS, cpuRate: 1, builds: Object.fromEntries(SIDES.map((side) => [side, { summary: importSummaries[side], runs: imports[side] }])) },
  });
  console.log(`results: ${file}\ntook ${elapsed()}`);
} finally {
  await browser?.close();
  for (const site of [...Object.values(sites), ...Object.values(scaledSites)]) await site.close();
  workspace.cleanup();
}
