// Who invested in a row (its non-Azerbaijan end), which way the money went, and the selection's rows.
import type { Observation } from '../../data/types.ts';
import { HUB, partner } from '../../data/partner.ts';
import { compareText } from '../../text/compareText.ts';

/** `in`: partner → Azerbaijan; `out`: Azerbaijan → partner; `both`: both directions combined. */
export type Direction = 'in' | 'out' | 'both';

/** Indicators whose figure covers both directions at once (from/to are a convention). */
const MUTUAL = new Set(['investment_cumulative_mutual']);

/** The partner of a row: the end that is not Azerbaijan (the investor for inward rows).
 *  Rows with no Azerbaijan end fall back to their investing end. */
export function investorOf(row: Pick<Observation, 'from' | 'to'>): string {
  return partner(row) ?? row.from;
}

/** Which way the row's money went, seen from Azerbaijan. */
export function directionOf(row: Pick<Observation, 'indicator' | 'from' | 'to'>): Direction {
  if (MUTUAL.has(row.indicator)) return 'both';
  return row.from === HUB ? 'out' : 'in';
}

/** The chart's focus partner: drawn first and labelled when nothing is selected. */
export const FOCUS_PARTNER = 'ARE';

/** Partners in a stable order for colours and legends: the focus partner first, then by number
 *  of rows, then by code. Computed over all rows so a partner keeps its colour in every view. */
export function investmentPartners(rows: Observation[]): string[] {
  const count = new Map<string, number>();
  for (const r of rows) count.set(investorOf(r), (count.get(investorOf(r)) ?? 0) + 1);
  return [...count.keys()].sort(
    (a, b) =>
      Number(b === FOCUS_PARTNER) - Number(a === FOCUS_PARTNER) || count.get(b)! - count.get(a)! || compareText(a, b),
  );
}
