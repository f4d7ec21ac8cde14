// `npm run bench -- --baseline <ref> --runs N`: builds <ref> (default HEAD) and this working tree, loads both
// interleaved in fresh Chromium contexts at 1× and 4× CPU, then imports a generated 1,000,000-row CSV in each,
// and prints each figure with its ratio to the baseline.
// Figures only: nothing here asserts a time. Results are also written to bench-results/ (git-ignored).
import { release } from 'node:os';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/browser/harness.ts';
import { parseArgs } from './bench/args.ts';
import { byteSummary, type ByteSummary } from './bench/bytes.ts';
import { measureImport } from './bench/measureImport.ts';
import { measureLoad, VIEWPORT, type LoadResult } from './bench/measureLoad.ts';
import { CHANGES } from './bench/measureChanges.ts';
import { benchPages, pageExists } from './bench/pages.ts';
import { bytesTable, importTable, timingTable, writeJson } from './bench/report.ts';
import { serveStatic, type StaticSite } from './bench/serveStatic.ts';
import { summarise } from './bench/summarise.ts';
import { summariseImports, type ImportResult, type ImportSummary } from './bench/summariseImport.ts';
import { bigOilFile } from './bench/tempCsv.ts';
import { git, Workspace, type Build } from './bench/worktree.ts';

/** 4× is a mid-range phone's main thread, roughly, next to this machine's. */
const CPU_RATES = [1, 4];
/** The issue's big file. Imported at 1× only: at 4× one import of it would take minutes per build. */
const IMPORT_ROWS = 1_000_000;
const SIDES = ['baseline', 'current'] as const;
type Side = (typeof SIDES)[number];

const args = parseArgs(process.argv.slice(2));
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
let browser: Browser | null = null;
try {
  console.log(`building baseline ${args.baseline} in a temporary worktree (npm ci + build)…`);
  const builds: Record<Side, Build> = { baseline: await workspace.buildBaseline(args.baseline), current: { dist: '', label: '' } };
  console.log(`building this checkout… (${elapsed()})`);
  builds.current = await workspace.buildCurrent();
  for (const side of SIDES) sites[side] = await serveStatic(builds[side].dist);
  browser = await launchChromium();

  const pages = benchPages().filter((p) => SIDES.some((side) => pageExists(p, builds[side].dist)));
  const has = (side: Side, page: (typeof pages)[number]) => pageExists(page, builds[side].dist);
  const url = (side: Side, page: (typeof pages)[number]) => sites[side]!.baseUrl + page.path;

  // One discarded load per build first: the browser's first page pays for process and cache start-up.
  for (const side of SIDES) await measureLoad(browser, url(side, pages[0]!), pages[0]!.ids, 1);

  // loads[page][side][rate]
  const loads = pages.map(() => ({ baseline: {} as Record<number, LoadResult[]>, current: {} as Record<number, LoadResult[]> }));
  console.log(`measuring ${pages.map((p) => p.name).join(', ')}: ${args.runs} runs × CPU ${CPU_RATES.join('×, ')}× (${elapsed()})`);
  for (const rate of CPU_RATES) {
    for (let run = 0; run < args.runs; run++) {
      for (const [i, page] of pages.entries()) {
        const line: string[] = [];
        // Interleaved: baseline, this, baseline, this… so drift in the machine's load hits both alike.
        for (const side of SIDES) {
          if (!has(side, page)) continue;
          // A page that never drew once will not draw next time either: don't wait 30 s per load for it.
          const previous = loads[i]![side][rate] ?? [];
          if (previous.length && previous.every((l) => !l.drawn)) continue;
          const result = await measureLoad(browser, url(side, page), page.ids, rate);
          (loads[i]![side][rate] ??= []).push(result);
          line.push(`${side === 'current' ? 'this' : side} ${result.drawn ? `${result.drawn.paintedAt.toFixed(0)} ms` : `FAILED (${result.error})`}`);
        }
        console.log(`  ${rate}× run ${run + 1}/${args.runs} ${page.name}: ${line.join(', ')}`);
      }
    }
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
        const before = first ? first.fetched.filter((f) => f.start <= first.drawn!.paintedAt).map((f) => f.path) : null;
        return [side, before && byteSummary(builds[side].dist, before)];
      }),
    ) as Record<Side, ByteSummary | null>,
  );

  console.log(`\nbaseline: ${builds.baseline.label}\nthis:     ${builds.current.label}`);
  console.log(`Chromium ${browser.version()}, viewport ${VIEWPORT.width}×${VIEWPORT.height}, ${args.runs} fresh loads per build, page and CPU rate;`);
  console.log(`filter changes: ${CHANGES} per load (From year and Countries alternating). ratio = this / baseline.\n`);
  const summaries = pages.map((page, i) => {
    console.log(bytesTable(`${page.name} (${page.path || '/'}): bytes fetched before every view was drawn`, bytes[i]!.baseline, bytes[i]!.current) + '\n');
    const perRate = Object.fromEntries(
      CPU_RATES.map((rate) => {
        const s = Object.fromEntries(SIDES.map((side) => [side, has(side, page) ? summarise(loads[i]![side][rate] ?? []) : null]));
        console.log(timingTable(`${page.name} (${page.path || '/'}), CPU ${rate}×`, s.baseline ?? null, s.current ?? null) + '\n');
        return [`${rate}x`, s];
      }),
    );
    return perRate;
  });

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
    environment: { chromium: browser.version(), node: process.version, os: release(), viewport: VIEWPORT, cpuRates: CPU_RATES, changesPerLoad: CHANGES },
    pages: pages.map((page, i) => ({
      ...page,
      builds: Object.fromEntries(SIDES.map((side) => [side, has(side, page) ? { bytes: bytes[i]![side], summary: Object.fromEntries(CPU_RATES.map((rate) => [`${rate}x`, summaries[i]![`${rate}x`]![side]])), loads: loads[i]![side] } : null])),
    })),
    import: importFile && { rows: IMPORT_ROWS, cpuRate: 1, builds: Object.fromEntries(SIDES.map((side) => [side, { summary: importSummaries[side], runs: imports[side] }])) },
  });
  console.log(`results: ${file}\ntook ${elapsed()}`);
} finally {
  await browser?.close();
  for (const site of Object.values(sites)) await site.close();
  workspace.cleanup();
}
