// The Central Bank flows the flows view draws: inward rows as marks over their periods, by investor.
import type { Observation } from '../../data/types.ts';
import { monthIndex, parsePeriod, type Period } from '../../data/parsePeriod.ts';
import { rowsInYears } from '../../series/inYears.ts';
import { directionOf, investorOf } from './investors.ts';

export const FLOW_INDICATOR = 'fdi_flow';
/** The only unit the flows axis shows. */
export const FLOW_UNIT = 'usd';

export interface FlowMark {
  row: Observation;
  period: Period;
  investor: string;
  /** Position among figures for the same investor and period (0 when it stands alone). */
  dodge: number;
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
  const slots = new Map<string, FlowMark[]>();
  for (const row of rows) {
    if (row.indicator !== FLOW_INDICATOR || row.unit !== FLOW_UNIT || directionOf(row) !== 'in') continue;
    const p = parsePeriod(row.period);
    if (!p.ok) continue;
    const investor = investorOf(row);
    const slot = `${investor}|${row.period}`;
    const same = slots.get(slot) ?? [];
    const mark: FlowMark = { row, period: p.period, investor, dodge: same.length, samePeriod: 1 };
    same.push(mark);
    slots.set(slot, same);
    marks.push(mark);
  }
  for (const same of slots.values()) for (const m of same) m.samePeriod = same.length;
  return marks.sort(
    (a, b) => monthIndex(a.period.start) - monthIndex(b.period.start) || monthIndex(a.period.end) - monthIndex(b.period.end),
  );
}
