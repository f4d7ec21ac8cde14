// The `range` test: the lowest and the highest figure of an indicator over a span of years.
import type { Observation } from '../../data/types.ts';
import type { YearRange } from '../../data/valueFor.ts';
import { overlapsYears } from '../../data/parsePeriod.ts';
import type { RangeResult } from '../types.ts';
import { comparePeriods, periodOf, uniqueSources } from '../claimRows.ts';

export interface RangeQuery {
  indicator: string;
  unit: string;
  years: YearRange;
  /** `value` orders the figures by value; anything else (`period`) by period. */
  orderBy: string;
}

/**
 * Every figure of the indicator in the unit whose period overlaps the years, on rows already
 * limited to one relation, with the lowest and the highest. Ties keep the earliest period.
 */
export function range(rows: Observation[], q: RangeQuery): RangeResult {
  const byPeriod = rows
    .filter((r) => {
      const p = periodOf(r.period);
      return r.indicator === q.indicator && r.unit === q.unit && p !== null && overlapsYears(p, q.years.start, q.years.end);
    })
    .sort((x, y) => comparePeriods(x.period, y.period));
  let min: Observation | null = null;
  let max: Observation | null = null;
  for (const r of byPeriod) {
    if (!min || r.value < min.value) min = r;
    if (!max || r.value > max.value) max = r;
  }
  const figures = q.orderBy === 'value' ? [...byPeriod].sort((x, y) => x.value - y.value) : byPeriod;
  return { kind: 'range', unit: q.unit, years: q.years, figures, min, max, sourceIds: uniqueSources(figures) };
}
