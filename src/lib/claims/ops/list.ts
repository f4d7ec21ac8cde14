// The `list` test: every figure of an indicator whose period lies within a span of years.
import type { Observation } from '../../data/types.ts';
import type { YearRange } from '../../data/valueFor.ts';
import type { ListItem, ListResult } from '../types.ts';
import { comparePeriods, periodOf, uniqueSources } from '../claimRows.ts';

export interface ListQuery {
  indicator: string;
  unit: string;
  years: YearRange;
}

/**
 * Lists the figures, on rows already limited to one relation, whose whole period lies within
 * the years, ordered by period. Rows giving the same period, value and qualifier are one item
 * with several sources (corroboration); conflicting figures stay separate items.
 */
export function list(rows: Observation[], q: ListQuery): ListResult {
  const within = rows
    .filter((r) => {
      const p = periodOf(r.period);
      return r.indicator === q.indicator && r.unit === q.unit && p !== null && p.start.year >= q.years.start && p.end.year <= q.years.end;
    })
    .sort((x, y) => comparePeriods(x.period, y.period));
  const items: ListItem[] = [];
  for (const r of within) {
    const same = items.find((i) => i.period === r.period && i.value === r.value && i.qualifier === r.qualifier);
    if (same) same.rows.push(r);
    else items.push({ period: r.period, value: r.value, unit: r.unit, qualifier: r.qualifier, rows: [r] });
  }
  return { kind: 'list', unit: q.unit, years: q.years, items, sourceIds: uniqueSources(within) };
}
