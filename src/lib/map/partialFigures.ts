// Figures for part of a year (or several years) that a flow's yearly value leaves out, so the map can still name them.
import { group } from 'd3-array';
import type { Observation, Qualifier } from '../data/types.ts';
import { comparePreference, type IndicatorSpec, type YearRange } from '../data/valueFor.ts';
import { parsePeriod } from '../data/parsePeriod.ts';
import { HUB, partner as partnerOf } from '../data/partner.ts';

/** One period's figure that is not a full calendar year (its most preferred source's). */
export interface PartialFigure {
  period: string;
  value: number;
  qualifier: Qualifier;
  source: string;
}

/**
 * Per partner, the rows of `spec` (its unit and direction) whose period is not a single year and
 * overlaps `years`: one per period, from the most preferred source, in period order.
 */
export function partialsByPartner(rows: readonly Observation[], spec: IndicatorSpec, years: YearRange): Map<string, PartialFigure[]> {
  const hubEnd = spec.direction === 'in' ? 'to' : spec.direction === 'out' ? 'from' : null;
  const best = new Map<string, { row: Observation; order: number }>();
  for (const r of rows) {
    if (r.indicator !== spec.name || r.unit !== spec.unit || (hubEnd && r[hubEnd] !== HUB)) continue;
    const p = parsePeriod(r.period);
    if (!p.ok || p.period.granularity === 'year') continue;
    if (p.period.end.year < years.start || p.period.start.year > years.end) continue;
    const partner = partnerOf(r);
    if (!partner) continue;
    const id = `${partner} ${r.period}`;
    const known = best.get(id);
    // Earlier start first; of two that start together, the shorter.
    const { start, end } = p.period;
    const order = (start.year * 12 + start.month) * 1e5 + end.year * 12 + end.month;
    if (!known || comparePreference(spec, r, known.row) < 0) best.set(id, { row: r, order });
  }
  const ordered = [...best.values()].sort((a, b) => a.order - b.order).map(({ row }) => row);
  return new Map(
    [...group(ordered, (row) => partnerOf(row)!)].map(([partner, rows]) => [
      partner,
      rows.map((row) => ({ period: row.period, value: row.value, qualifier: row.qualifier, source: row.source_id })),
    ]),
  );
}
