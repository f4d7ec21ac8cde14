// What a claim's test reads: its dataset's rows, its indicator's metadata, its years and its relation.
import type { Observation } from '../data/types.ts';
import type { DashboardData } from '../data/dashboardData.ts';
import type { YearRange } from '../data/valueFor.ts';
import { monthIndex, parsePeriod, type Period } from '../data/parsePeriod.ts';
import { partner } from '../data/partner.ts';
import { compareText } from '../text/compareText.ts';
import { perRows } from '../data/perRows.ts';

/** The observation datasets a claim can name, and the DashboardData list each one is. */
export const OBSERVATION_DATASETS: ReadonlyMap<string, 'oil' | 'arms' | 'investment'> = new Map([
  ['oil-exports', 'oil'],
  ['defense-imports', 'arms'],
  ['investment', 'investment'],
]);

/** The observations of a dataset, or null when the dataset is not an observation dataset. */
export function datasetRows(dataset: string, data: DashboardData): Observation[] | null {
  const key = OBSERVATION_DATASETS.get(dataset);
  return key ? data[key] : null;
}

/** The parsed period of a cell, or null. */
export function periodOf(text: string): Period | null {
  const p = parsePeriod(text);
  return p.ok ? p.period : null;
}

/** Each row's parsed period (null when it does not parse), in row order; read once per rows array
 *  (shared: do not change it), so a test over many rows need not open the rows outside its years. */
export function rowPeriods(rows: Observation[]): (Period | null)[] {
  return perRows(rows, 'claims: periods', () => rows.map((r) => periodOf(r.period)));
}

/** The years a period cell covers ("2014/2018" → 2014–2018), or null when it does not parse. */
export function yearsOf(text: string): YearRange | null {
  const p = periodOf(text);
  return p ? { start: p.start.year, end: p.end.year } : null;
}

/** The years from the start of period A to the end of period B, or null when either is bad or reversed. */
export function spanOf(a: string, b: string): YearRange | null {
  const ya = yearsOf(a);
  const yb = yearsOf(b);
  if (!ya || !yb || yb.end < ya.start) return null;
  return { start: ya.start, end: yb.end };
}

/** The relation a claim tests: `from`/`to` as given (null = any). */
export interface Relation {
  from: string | null;
  to: string | null;
}

/** Whether a row goes from → to (null = any end). */
export function inRelation(row: Pick<Observation, 'from' | 'to'>, r: Relation): boolean {
  return (r.from === null || row.from === r.from) && (r.to === null || row.to === r.to);
}

/**
 * The rows of one relation about the subject: `from` → `to`; when an end is left open, the
 * subject must be the row's partner, so that one claim never mixes several partners' figures.
 */
export function subjectRows(rows: Observation[], r: Relation, subject: string): Observation[] {
  const open = r.from === null || r.to === null;
  return rows.filter((row) => inRelation(row, r) && (!open || partner(row) === subject));
}

/** Rows of one indicator in one unit (shared: do not change them). */
export function indicatorRows(rows: Observation[], indicator: string, unit: string): Observation[] {
  return byIndicator(rows).get(indicator)?.get(unit) ?? [];
}

// Every indicator's rows picked in one pass per rows array: the claims ask for several indicators of a
// dataset, and a filter per indicator read all 236,800 rows of the 100× arms file each time. A callback,
// not a for-of loop: run once, on code not yet optimised, it took 16 ms there instead of 25 (Node).
function byIndicator(rows: Observation[]): Map<string, Map<string, Observation[]>> {
  return perRows(rows, 'claims: rows by indicator and unit', () => {
    const byName = new Map<string, Map<string, Observation[]>>();
    rows.forEach((r) => {
      let byUnit = byName.get(r.indicator);
      if (!byUnit) byName.set(r.indicator, (byUnit = new Map()));
      const same = byUnit.get(r.unit);
      if (same) same.push(r);
      else byUnit.set(r.unit, [r]);
    });
    return byName;
  });
}

/** Orders periods by start, then by length (shorter first); unparsable periods last, as text. */
export function comparePeriods(a: string, b: string): number {
  const pa = periodOf(a);
  const pb = periodOf(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : compareText(a, b);
  return monthIndex(pa.start) - monthIndex(pb.start) || monthIndex(pa.end) - monthIndex(pb.end);
}

/** Source ids in first-seen order, without repeats. */
export function uniqueSources(rows: { source_id: string }[]): string[] {
  return [...new Set(rows.map((r) => r.source_id))];
}
