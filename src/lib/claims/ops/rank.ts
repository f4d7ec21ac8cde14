// The `rank` test: totals per sender or receiver over a span of years, largest first, and the subject's place.
import type { Observation } from '../../data/types.ts';
import { summarise, type IndicatorSpec, type YearRange } from '../../data/valueFor.ts';
import type { RankEntry, RankResult } from '../types.ts';
import { overlapsYears } from '../../data/parsePeriod.ts';
import { inRelation, rowPeriods, uniqueSources, type Relation } from '../claimRows.ts';
import { compareText } from '../../text/compareText.ts';
import { sharedRanks } from '../sharedRanks.ts';

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
  // Years first, from periods read once per rows array: a row is read only when its period overlaps
  // the years (under half of the 100× arms rows for 2011–2020), and reading rows was most of this loop.
  const periods = rowPeriods(rows);
  rows.forEach((r, i) => {
    const p = periods[i];
    if (!p || !overlapsYears(p, q.years.start, q.years.end)) return;
    if (r.indicator !== q.spec.name || r.unit !== q.spec.unit || !inRelation(r, q)) return;
    const code = r[q.groupBy];
    const group = groups.get(code);
    if (group) group.push(r);
    else groups.set(code, [r]);
  });
  // Aggregates are left out per group, not per row: one lookup per code.
  const totals = [...groups].filter(([code]) => !q.isAggregate(code)).map(([code, rs]) => ({ code, value: summarise(rs, q.spec, q.years) }));
  const ranked = totals
    .filter((t): t is { code: string; value: RankEntry['value'] } => t.value.value !== null)
    .sort((x, y) => y.value.value - x.value.value || compareText(x.code, y.code));
  const ranks = sharedRanks(ranked.map((t) => t.value.value));
  const entries: RankEntry[] = ranked.map((t, i) => ({ ...t, rank: ranks[i]! }));
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
