// Which rows of a download must not be added to the others, and why: so that summing a column
// (the rows of one indicator and unit with an empty note) never counts a figure twice.
import type { Aggregation, IndicatorMeta, Observation } from '../data/types.ts';
import { monthIndex, parsePeriod } from '../data/parsePeriod.ts';
import { comparePreference, type IndicatorSpec } from '../data/valueFor.ts';
import { downloadStrings } from '../viewStrings/downloads.ts';

const s = downloadStrings.sum;

/** A row's months as an inclusive interval of month indexes (rows are validated: the period parses). */
function months(row: Observation): [number, number] {
  const p = parsePeriod(row.period);
  return p.ok ? [monthIndex(p.period.start), monthIndex(p.period.end)] : [0, 0];
}

/** Why `row` must not be added beside `kept`, the row of its group that counts for that stretch of time. */
function besideKept(row: Observation, kept: Observation): string {
  if (row.item) return s.repeatItem(row.item, kept.source_id);
  const [start, end] = months(row);
  const [a, b] = months(kept);
  if (start === a && end === b) return s.repeat(kept.period, kept.source_id);
  return start >= a && end <= b ? s.inside(kept.period, kept.source_id) : s.overlaps(kept.period, kept.source_id);
}

/**
 * One note per row (null: the row may be added to the others of its indicator and unit):
 * 1. an end is a declared total (the world, the EU, a region): it totals other rows;
 * 2. rows alike in indicator, unit, from, to and item count once per stretch of time: a named
 *    item's reports are one figure, whatever their dates; other rows of a summed indicator count
 *    longest period first, then by the descriptor's source preference, and a row repeating,
 *    inside or overlapping one that counts names the row to add instead;
 * 3. of the rest, a percentage or a row of a `latest` indicator is a share, rank or running total.
 */
export function sumNotes(rows: readonly Observation[], aggregates: readonly Aggregation[], indicators: Record<string, IndicatorMeta>): (string | null)[] {
  const totals = new Map(aggregates.filter((a) => a.total).map((a) => [a.code, a.name]));
  const notes = rows.map((r): string | null => {
    const total = totals.get(r.to) ?? totals.get(r.from);
    return total ? s.total(total) : null;
  });
  const summed = (r: Observation) => r.unit !== 'percent' && (indicators[r.indicator]?.aggregate ?? 'sum') === 'sum';

  const groups = new Map<string, number[]>();
  rows.forEach((r, i) => {
    if (notes[i] !== null || !(r.item || summed(r))) return;
    const key = JSON.stringify([r.indicator, r.unit, r.from, r.to, r.item]);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  for (const members of groups.values()) {
    const first = rows[members[0]!]!;
    const meta = indicators[first.indicator];
    const spec: IndicatorSpec = { name: first.indicator, unit: first.unit, aggregate: meta?.aggregate ?? 'sum', sourcePreference: meta?.sourcePreference ?? [] };
    const span = (i: number) => (first.item ? 0 : months(rows[i]!)[1] - months(rows[i]!)[0]);
    const order = [...members].sort((a, b) => span(b) - span(a) || comparePreference(spec, rows[a]!, rows[b]!) || a - b);
    const kept: Observation[] = [];
    for (const i of order) {
      const [start, end] = months(rows[i]!);
      const hit = first.item ? kept[0] : kept.find((k) => { const [a, b] = months(k); return start <= b && end >= a; });
      if (hit) notes[i] = besideKept(rows[i]!, hit);
      else kept.push(rows[i]!);
    }
  }
  return rows.map((r, i) => notes[i] ?? (summed(r) ? null : s.level));
}
