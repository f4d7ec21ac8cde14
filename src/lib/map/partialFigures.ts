// Figures for part of a year (or several years) that a flow's yearly value leaves out, so the map can still name them.
import type { Observation, Qualifier } from '../data/types.ts';
import { comparePreference, isSpecRow, rowsKey, type IndicatorSpec, type YearRange } from '../data/valueFor.ts';
import { parsePeriod } from '../data/parsePeriod.ts';
import { partner as partnerOf } from '../data/partner.ts';
import { perRows } from '../data/perRows.ts';

/** One period's figure that is not a full calendar year (its most preferred source's). */
export interface PartialFigure {
  period: string;
  value: number;
  qualifier: Qualifier;
  source: string;
}

/** One part-year period's most preferred row, with the years it spans. */
interface PartialRow {
  partner: string;
  row: Observation;
  startYear: number;
  endYear: number;
}

/** Every part-year period of `spec` (its unit and direction) with a partner, its most preferred row
 *  each, in period order: worked out once per table and spec, so a change of years only filters it. */
function partialRows(rows: readonly Observation[], spec: IndicatorSpec): PartialRow[] {
  return perRows(rows, `partial rows ${rowsKey(spec)}`, () => {
    const best = new Map<string, PartialRow & { order: number }>();
    for (const r of rows) {
      if (!isSpecRow(r, spec)) continue;
      const p = parsePeriod(r.period);
      if (!p.ok || p.period.granularity === 'year') continue;
      const partner = partnerOf(r);
      if (!partner) continue;
      const id = `${partner} ${r.period}`;
      const known = best.get(id);
      // Earlier start first; of two that start together, the shorter.
      const { start, end } = p.period;
      const order = (start.year * 12 + start.month) * 1e5 + end.year * 12 + end.month;
      if (!known || comparePreference(spec, r, known.row) < 0) best.set(id, { partner, row: r, startYear: start.year, endYear: end.year, order });
    }
    return [...best.values()].sort((a, b) => a.order - b.order);
  });
}

/**
 * Per partner, the rows of `spec` (its unit and direction) whose period is not a single year and
 * overlaps `years`: one per period, from the most preferred source, in period order.
 */
export function partialsByPartner(rows: readonly Observation[], spec: IndicatorSpec, years: YearRange): Map<string, PartialFigure[]> {
  const inRange = partialRows(rows, spec).filter((p) => p.endYear >= years.start && p.startYear <= years.end);
  // A loop rather than d3-array's group, whose InternMap came into every page with the map for this one use.
  const byPartner = new Map<string, PartialFigure[]>();
  for (const { partner, row } of inRange) {
    const figure = { period: row.period, value: row.value, qualifier: row.qualifier, source: row.source_id };
    const list = byPartner.get(partner);
    if (list) list.push(figure);
    else byPartner.set(partner, [figure]);
  }
  return byPartner;
}
