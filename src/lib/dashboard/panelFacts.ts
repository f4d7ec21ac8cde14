// What the claims and Data panels say of a package, worked out once where its rows are: by the
// build for the published data (checked/facts.json, written with the checked tables), by the import
// worker for an editor's file. The page then neither tests the claims nor sums the datasets up:
// on 100× data each was a main-thread task of 50–70 ms after the first draw.
import type { DashboardData } from '../data/dashboardData.ts';
import type { DataPackage } from '../data/types.ts';
import type { LoadedPackage } from '../data/loadPackage.ts';
import type { TableResult } from '../data/tableValidator.ts';
import { datasetSummary, type DatasetSummary } from '../data/datasetSummary.ts';
import { testedClaims, type TestedClaim } from '../claims/testedClaims.ts';

export interface PanelFacts {
  /** Every claim, tested against the package's rows, in file order. */
  tested: TestedClaim[];
  /** The Data panel's line for each dataset of `names`. */
  summaries: DatasetSummary[];
}

/** The facts of `data`, whose datasets are `tables`; summaries for the resources named (all by default). */
export function panelFacts(data: DashboardData, descriptor: DataPackage, tables: Record<string, TableResult>, names?: readonly string[]): PanelFacts {
  return {
    tested: testedClaims(data),
    summaries: descriptor.resources.filter((r) => !names || names.includes(r.name)).map((r) => datasetSummary(r, tables[r.name]!)),
  };
}

/** Where the build writes the facts of the published data, under data/ (beside the checked tables). */
export const FACTS_PATH = 'checked/facts.json';

/**
 * The build's facts of the package at `pkg.base`; null when they cannot be had within `waitMs` (the
 * page then works them out itself: a stalled request must not keep the claims and the Data panel off
 * the page).
 */
export async function loadFacts(pkg: Pick<LoadedPackage, 'base'>, fetchFn: typeof fetch = fetch, waitMs = 5000): Promise<PanelFacts | null> {
  try {
    const file = await fetchFn(`${pkg.base}${FACTS_PATH}`, { signal: AbortSignal.timeout(waitMs) });
    return file.ok ? ((await file.json()) as PanelFacts) : null;
  } catch {
    return null;
  }
}
