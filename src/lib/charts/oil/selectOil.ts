// Which oil observations the oil chart draws for a view state, grouped into series.
import type { Observation } from '../../data/types.ts';
import { parsePeriod, type Period } from '../../data/parsePeriod.ts';
import { partner } from '../../data/partner.ts';
import type { ViewState } from '../../state/viewState.ts';

export interface OilMark {
  row: Observation;
  period: Period;
  /** Position among figures for the same partner and period (0 when it stands alone): drawn side by side. */
  dodge: number;
}

export interface OilSeries {
  /** The destination (or, for Israel's own import totals, the importer). */
  partner: string;
  sourceId: string;
  marks: OilMark[];
}

/** The row's partner; rows with no Azerbaijan end (Israel's total imports) belong to their importer. */
export const oilPartner = (row: Observation): string => partner(row) ?? row.to;

/** Rows of the chosen indicator and unit whose period overlaps the chosen years. */
export function oilRowsInView(rows: Observation[], state: Pick<ViewState, 'oil' | 'unit' | 'start' | 'end'>): Observation[] {
  return rows.filter((r) => {
    if (r.indicator !== state.oil || r.unit !== state.unit) return false;
    const p = parsePeriod(r.period);
    return p.ok && p.period.start.year <= state.end && p.period.end.year >= state.start;
  });
}

/** One series per partner and source; figures sharing a partner and period are numbered for dodging. */
export function oilSeries(rows: Observation[]): OilSeries[] {
  const series = new Map<string, OilSeries>();
  const samePeriod = new Map<string, number>();
  for (const row of rows) {
    const p = parsePeriod(row.period);
    if (!p.ok) continue;
    const who = oilPartner(row);
    const slot = `${who}|${row.period}`;
    const dodge = samePeriod.get(slot) ?? 0;
    samePeriod.set(slot, dodge + 1);
    const key = `${who}|${row.source_id}`;
    const s = series.get(key) ?? { partner: who, sourceId: row.source_id, marks: [] };
    s.marks.push({ row, period: p.period, dodge });
    series.set(key, s);
  }
  return [...series.values()];
}

/** Partners in drawing order: Israel first, then by number of figures. */
export function oilPartners(series: OilSeries[]): string[] {
  const count = new Map<string, number>();
  for (const s of series) count.set(s.partner, (count.get(s.partner) ?? 0) + s.marks.length);
  return [...count.keys()].sort((a, b) => Number(b === 'ISR') - Number(a === 'ISR') || count.get(b)! - count.get(a)! || a.localeCompare(b));
}
