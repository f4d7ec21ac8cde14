// Fresh loads of several pages on both builds, interleaved, at each CPU rate: the loop behind every timing table.
import type { Browser } from 'playwright-core';
import { measureLoad, type LoadConditions, type LoadResult } from './measureLoad.ts';
import type { BenchPage } from './pages.ts';

export const SIDES = ['baseline', 'current'] as const;
export type Side = (typeof SIDES)[number];
/** loads[page][side][rate]: every load of one page on one build at one CPU rate, in run order. */
export type PageLoads = Record<Side, Record<number, LoadResult[]>>;

export interface PagesRun {
  pages: readonly BenchPage[];
  /** The page's URL on a build, or null when that build has no such page. */
  url(side: Side, page: BenchPage): string | null;
  runs: number;
  rates: readonly number[];
  /** The window and network of every load. */
  conditions: LoadConditions;
}

/** Prints one line per run and page as it goes, so a long bench shows progress. */
export async function measurePages(browser: Browser, { pages, url, runs, rates, conditions }: PagesRun): Promise<PageLoads[]> {
  const loads: PageLoads[] = pages.map(() => ({ baseline: {}, current: {} }));
  for (const rate of rates) {
    for (let run = 0; run < runs; run++) {
      for (const [i, page] of pages.entries()) {
        const line: Partial<Record<Side, string>> = {};
        // Interleaved, so drift in the machine's load hits both alike, and first in turn (baseline, this,
        // this, baseline…): whichever build loads second in a pair measured ~6% slower at 1× in an A/B of
        // 16 loads each way round.
        for (const side of run % 2 ? [...SIDES].reverse() : SIDES) {
          const address = url(side, page);
          if (address === null) continue;
          // A page that never drew once will not draw next time either: don't wait 30 s per load for it.
          const previous = loads[i]![side][rate] ?? [];
          if (previous.length && previous.every((l) => !l.drawn)) continue;
          const result = await measureLoad(browser, address, page.ids, rate, conditions);
          (loads[i]![side][rate] ??= []).push(result);
          line[side] = `${side === 'current' ? 'this' : side} ${result.drawn ? `${result.drawn.paintedAt.toFixed(0)} ms` : `FAILED (${result.error})`}`;
        }
        console.log(`  ${rate}× run ${run + 1}/${runs} ${page.name}: ${SIDES.flatMap((side) => line[side] ?? []).join(', ')}`);
      }
    }
  }
  return loads;
}
