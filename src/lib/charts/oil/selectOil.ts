// Which oil observations the oil chart draws for a view state, grouped into series.
import type { Observation } from '../../data/types.ts';
import { parsePeriod, type Period } from '../../data/parsePeriod.ts';
import { partner } from '../../data/partner.ts';
import { perRows } from '../../data/perRows.ts';
import type { ViewState } from '../../state/viewState.ts';
import { spotStack, type Stacked } from '../spotStack.ts';
import { compareText } from '../../text/compareText.ts';

/** A figure drawn over its period; figures for the same series key and period are stacked (spotStack). */
export interface OilMark extends Stacked {
  row: Observation;
  period: Period;
}

export interface OilSeries {
  /** The destination, or for a row with no Azerbaijan end its two ends ("KAZ→ISR"). */
  key: string;
  sourceId: string;
  marks: OilMark[];
}

/** A row's series key: its partner (the destination), or both ends for a context row such as
 *  Kazakhstan → Israel or the world → Israel, so that it is never drawn as Azerbaijan's. */
export function oilKey(row: Pick<Observation, 'from' | 'to'>): string {
  return partner(row) ?? `${row.from}→${row.to}`;
}

/** The display name of a series key: a country, or "Kazakhstan → Israel" for a context row. */
export function oilKeyName(key: string, name: (code: string) => string): string {
  const [from, to] = key.split('→');
  return to === undefined ? name(key) : `${name(from!)} → ${name(to)}`;
}

/** The table's rows of one indicator in one unit, and the years each one's period spans (null: a
 *  period that does not read): worked out once per table, as the chart asks on every change. */
function indicatorRows(rows: Observation[], indicator: string, unit: string): { rows: Observation[]; spans: ([number, number] | null)[] } {
  return perRows(rows, `oil rows ${JSON.stringify([indicator, unit])}`, () => {
    const mine = rows.filter((r) => r.indicator === indicator && r.unit === unit);
    const spans = mine.map((r): [number, number] | null => {
      const p = parsePeriod(r.period);
      return p.ok ? [p.period.start.year, p.period.end.year] : null;
    });
    return { rows: mine, spans };
  });
}

/** Rows of the chosen indicator and unit, whatever their years (shared: do not change it). */
export function oilIndicatorRows(rows: Observation[], state: Pick<ViewState, 'oil' | 'unit'>): Observation[] {
  return indicatorRows(rows, state.oil, state.unit).rows;
}

/** Rows of the chosen indicator and unit whose period overlaps the chosen years. */
export function oilRowsInView(rows: Observation[], state: Pick<ViewState, 'oil' | 'unit' | 'start' | 'end'>): Observation[] {
  const { rows: mine, spans } = indicatorRows(rows, state.oil, state.unit);
  return mine.filter((_, i) => {
    const span = spans[i];
    return !!span && span[0] <= state.end && span[1] >= state.start;
  });
}

/** One series per key and source; figures sharing a key and period are stacked on one spot. */
export function oilSeries(rows: Observation[]): OilSeries[] {
  const series = new Map<string, OilSeries>();
  const stack = spotStack<OilMark>();
  for (const row of rows) {
    const p = parsePeriod(row.period);
    if (!p.ok) continue;
    const key = oilKey(row);
    const mark: OilMark = { row, period: p.period, dodge: 0, more: 0 };
    if (!stack.place(`${key}|${row.period}`, mark)) continue;
    const id = `${key}|${row.source_id}`;
    const s = series.get(id) ?? { key, sourceId: row.source_id, marks: [] };
    s.marks.push(mark);
    series.set(id, s);
  }
  return [...series.values()];
}

/** Keys in drawing order: Israel first, then the selected partners, then by number of figures. */
export function oilKeys(series: OilSeries[], selected: readonly string[] = []): string[] {
  const count = new Map<string, number>();
  for (const s of series) count.set(s.key, (count.get(s.key) ?? 0) + s.marks.length);
  const rank = (k: string) => (k === 'ISR' ? 0 : selected.includes(k) ? 1 : 2);
  return [...count.keys()].sort((a, b) => rank(a) - rank(b) || count.get(b)! - count.get(a)! || compareText(a, b));
}
