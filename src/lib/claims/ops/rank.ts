// The `rank` test: totals per sender or receiver over a span of years, largest first, and the subject's place.
import type { Observation } from '../../data/types.ts';
import { summarise, type IndicatorSpec, type YearRange } from '../../data/valueFor.ts';
import type { RankEntry, RankResult } from '../types.ts';
import { overlapsYears } from '../../data/parsePeriod.ts';
import { inRelation, periodOf, uniqueSources, type Relation } from '../claimRows.ts';
import { compareText } from '../../text/compareText.ts';

export interface RankQuery extends Relation {
  spec: IndicatorSpec;
  groupBy: 'from' | 'to';
  years: YearRange;
  subject: string;
  /** Whether a code is an aggregate (world, unknown, regions, non-state): never ranked. */
  isAggregate: (code: string) => boolean;
}

/**
 * Groups the rows of `from` → `to` (null = any) by their `groupBy` end, leaving out aggregates,
 * totals each group over the years with `summarise` (so sums and latest values follow the
 * descriptor) and ranks the groups with a full-year figure: equal totals share a rank.
 */
export function rank(rows: Observation[], q: RankQuery): RankResult {
  const groups = new Map<string, Observation[]>();
  for (const r of rows) {
    if (r.indicator !== q.spec.name || r.unit !== q.spec.unit || !inRelation(r, q)) continue;
    const p = periodOf(r.period);
    if (!p || !overlapsYears(p, q.years.start, q.years.end)) continue;
    const code = r[q.groupBy];
    if (q.isAggregate(code)) continue;
    const group = groups.get(code);
    if (group) group.push(r);
    else groups.set(code, [r]);
  }
  const totals = [...groups].map(([code, rs]) => ({ code, value: summarise(rs, q.spec, q.years) }));
  const ranked = totals
    .filter((t): t is { code: string; value: RankEntry['value'] } => t.value.value !== null)
    .sort((x, y) => y.value.value - x.value.value || compareText(x.code, y.code));
  const entries: RankEntry[] = ranked.map((t) => ({ ...t, rank: 1 + ranked.filter((o) => o.value.value > t.value.value).length }));
  return {
    kind: 'rank',
    unit: q.spec.unit,
    groupBy: q.groupBy,
    years: q.years,
    entries,
    withoutFigure: totals.filter((t) => t.value.value === null).map((t) => t.code).sort(),
    subject: q.subject,
    subjectEntry: entries.find((e) => e.code === q.subject) ?? null,
    sourceIds: uniqueSources(entries.flatMap((e) => e.value.used)),
  };
}
