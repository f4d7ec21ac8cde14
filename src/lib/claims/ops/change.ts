// The `change` test: a relation's value in period A and in period B, and the change between them.
import type { Observation } from '../../data/types.ts';
import { summarise, type IndicatorSpec, type YearRange } from '../../data/valueFor.ts';
import { overlapsYears } from '../../data/parsePeriod.ts';
import type { ChangeResult, ChangeSide, YearFigures } from '../types.ts';
import { comparePeriods, periodOf, uniqueSources } from '../claimRows.ts';

export interface ChangeQuery {
  /** The indicator in the claim's unit, with its aggregation and source preference. */
  spec: IndicatorSpec;
  a: YearRange;
  b: YearRange;
  /** Also list every full-year figure of each year by source (claims grouped by `source`). */
  bySource: boolean;
}

function yearFigures(side: ChangeSide): YearFigures[] {
  const { used, alternatives } = side.value;
  return used.map((row) => ({
    year: Number(row.period),
    figures: [row, ...alternatives.filter((alt) => alt.period === row.period)],
  }));
}

/**
 * Tests a change claim on rows already limited to one relation (e.g. Azerbaijan → Israel):
 * each side is `summarise`d (full-year figures from the preferred source); the change is null
 * when either side has none. Partial periods overlapping the years are returned apart, never added.
 */
export function change(rows: Observation[], q: ChangeQuery): ChangeResult {
  const mine = rows.filter((r) => r.indicator === q.spec.name && r.unit === q.spec.unit);
  const a: ChangeSide = { years: q.a, value: summarise(mine, q.spec, q.a) };
  const b: ChangeSide = { years: q.b, value: summarise(mine, q.spec, q.b) };
  const va = a.value.value;
  const vb = b.value.value;
  const absolute = va !== null && vb !== null ? vb - va : null;
  const percent = absolute !== null && va ? (absolute / va) * 100 : null;
  const partial = mine
    .filter((r) => {
      const p = periodOf(r.period);
      return p !== null && p.granularity !== 'year' && [q.a, q.b].some((y) => overlapsYears(p, y.start, y.end));
    })
    .sort((x, y) => comparePeriods(x.period, y.period));
  const bySource = q.bySource ? [...yearFigures(a), ...yearFigures(b)].filter((f, i, all) => all.findIndex((g) => g.year === f.year) === i) : [];
  const shown = [...a.value.used, ...b.value.used, ...bySource.flatMap((f) => f.figures), ...partial];
  return { kind: 'change', unit: q.spec.unit, a, b, absolute, percent, bySource, partial, sourceIds: uniqueSources(shown) };
}
