// Rows of some indicators whose period overlaps a year range: what a view may show.
import type { Observation } from '../data/types.ts';
import { overlapsYears, parsePeriod } from '../data/parsePeriod.ts';

/** Rows of the given indicators whose period touches `start`–`end` (inclusive); unreadable periods are left out. */
export function rowsInYears(
  rows: Observation[],
  indicators: readonly string[],
  years: { start: number; end: number },
): Observation[] {
  return rows.filter((r) => {
    if (!indicators.includes(r.indicator)) return false;
    const p = parsePeriod(r.period);
    return p.ok && overlapsYears(p.period, years.start, years.end);
  });
}
