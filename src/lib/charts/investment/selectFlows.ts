// The Central Bank flows the flows view draws: inward rows as marks over their periods, by investor.
import type { Observation } from '../../data/types.ts';
import { monthIndex, parsePeriod, type Period } from '../../data/parsePeriod.ts';
import { rowsInYears } from '../../series/inYears.ts';
import { directionOf, investorOf } from './investors.ts';
import { spotStack, type Stacked } from '../spotStack.ts';
import type { Figures } from '../../series/selectionNotice.ts';
import { perRows } from '../../data/perRows.ts';

export const FLOW_INDICATOR = 'fdi_flow';
/** The only unit the flows axis shows. */
export const FLOW_UNIT = 'usd';

/** A figure drawn over its period; figures for the same investor and period are stacked (spotStack). */
export interface FlowMark extends Stacked {
  row: Observation;
  period: Period;
  investor: string;
  /** How many figures share this investor and period: more than 1 means they disagree or corroborate. */
  samePeriod: number;
}

/** Flow rows in US dollars, both directions, whose period touches the years: the table's rows. */
export function flowRowsInView(rows: Observation[], years: { start: number; end: number }): Observation[] {
  return rowsInYears(rows, [FLOW_INDICATOR], years).filter((r) => r.unit === FLOW_UNIT);
}

/**
 * One mark per inward figure (investor → Azerbaijan), in period order; every figure stays its own
 * mark over its own period, so partial periods never merge into a year and figures for the same
 * period are numbered to be drawn side by side.
 */
export function flowMarks(rows: Observation[]): FlowMark[] {
  const marks: FlowMark[] = [];
  const stack = spotStack<FlowMark>();
  const onSpot = new Map<string, number>();
  for (const row of rows) {
    if (row.indicator !== FLOW_INDICATOR || row.unit !== FLOW_UNIT || directionOf(row) !== 'in') continue;
    const p = parsePeriod(row.period);
    if (!p.ok) continue;
    const investor = investorOf(row);
    const spot = `${investor}|${row.period}`;
    onSpot.set(spot, (onSpot.get(spot) ?? 0) + 1);
    const mark: FlowMark = { row, period: p.period, investor, dodge: 0, more: 0, samePeriod: 0 };
    if (stack.place(spot, mark)) marks.push(mark);
  }
  for (const m of marks) m.samePeriod = onSpot.get(`${m.investor}|${m.row.period}`)!;
  return marks.sort(
    (a, b) => monthIndex(a.period.start) - monthIndex(b.period.start) || monthIndex(a.period.end) - monthIndex(b.period.end),
  );
}

/** The investor and period of every figure the flows view draws, over every year the rows have:
 *  worked out once per table, not on each change (it reads every row). */
export const flowFigures = (rows: Observation[]): Figures[] =>
  perRows(rows, 'flow figures', () => flowMarks(rows).map((m) => ({ partner: m.investor, period: m.row.period })));
