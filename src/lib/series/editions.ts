// Which rows make up each SIPRI edition of the TIV series, and the years an edition covers.
import type { Observation } from '../data/types.ts';
import type { Edition } from '../state/viewState.ts';
import { parsePeriod } from '../data/parsePeriod.ts';
import { perRows } from '../data/perRows.ts';

export interface EditionSpec {
  indicator: string;
  /** Sources that belong to the edition; null = every source of the indicator. */
  sources: readonly string[] | null;
}

/** register2026: our sums of the 2026 register; tables2022: SIPRI's published 2022 tables only
 *  (the indicator's other sources, Gapminder and a 2018 press quote, are other vintages). */
export const EDITION_SPECS: Readonly<Record<Edition, EditionSpec>> = {
  register2026: { indicator: 'arms_transfers_tiv_regsum', sources: null },
  tables2022: { indicator: 'arms_transfers_tiv', sources: ['sipri_tiv_tables_2022'] },
};

/** The edition whose recipients of Israeli arms are in the data (only the 2022 tables hold them). */
export const CUSTOMERS_EDITION: Edition = 'tables2022';

/** Whether a row (an imported one too: only its indicator and source count) belongs to the edition. */
export function inEdition(row: Pick<Observation, 'indicator' | 'source_id'>, edition: Edition): boolean {
  const spec = EDITION_SPECS[edition];
  return row.indicator === spec.indicator && (spec.sources === null || spec.sources.includes(row.source_id));
}

/** The rows of an edition, picked once per rows array and edition (shared: do not change it). */
export function rowsInEdition(rows: readonly Observation[], edition: Edition): Observation[] {
  return perRows(rows, `edition ${edition}`, () => rows.filter((r) => inEdition(r, edition)));
}

/** Whether a row is the edition's indicator from a source outside the edition (another vintage). */
export function otherVintage(row: Observation, edition: Edition): boolean {
  return row.indicator === EDITION_SPECS[edition].indicator && !inEdition(row, edition);
}

/** The calendar year of a full-year row, or null for any other period. */
export function rowYear(row: Observation): number | null {
  const p = parsePeriod(row.period);
  return p.ok && p.period.granularity === 'year' ? p.period.start.year : null;
}

/** Years, sorted, that at least one of the rows has a full-year figure for. */
export function yearsOf(rows: Observation[]): number[] {
  const years = new Set<number>();
  for (const r of rows) {
    const y = rowYear(r);
    if (y !== null) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

