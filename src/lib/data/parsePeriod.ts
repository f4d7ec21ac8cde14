// Periods of the data contract: `YYYY`, `YYYY-MM`, `YYYY-MM/YYYY-MM`, `YYYY/YYYY` (inclusive).

export type Granularity = 'year' | 'month' | 'months' | 'years';

/** An inclusive interval of calendar months. Months are 1–12. */
export interface Period {
  start: { year: number; month: number };
  end: { year: number; month: number };
  granularity: Granularity;
}

export type PeriodResult = { ok: true; period: Period } | { ok: false; reason: string };

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const MONTHS = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/;
const YEARS = /^(\d{4})\/(\d{4})$/;

function month(text: string): number | null {
  const m = Number(text);
  return m >= 1 && m <= 12 ? m : null;
}

// Every view re-reads the same few hundred period strings on each filter change: parse each once.
const cache = new Map<string, PeriodResult>();

/**
 * Parses a period cell into an inclusive month interval (results are shared: do not mutate them).
 * Anything else — a month 13, a range that ends before it starts, stray characters — is rejected
 * with a reason a data editor can act on.
 */
export function parsePeriod(text: string): PeriodResult {
  let result = cache.get(text);
  if (!result) {
    result = parse(text);
    // A hostile file may hold a million distinct bad periods: the cache is for the few hundred real ones.
    if (cache.size >= 10_000) cache.clear();
    cache.set(text, result);
  }
  return result;
}

function parse(text: string): PeriodResult {
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(text))) {
    const y = Number(m[1]);
    return { ok: true, period: { start: { year: y, month: 1 }, end: { year: y, month: 12 }, granularity: 'year' } };
  }
  if ((m = MONTH.exec(text))) {
    const mo = month(m[2]!);
    if (mo === null) return { ok: false, reason: `month must be 01–12, got "${m[2]}"` };
    const y = Number(m[1]);
    return { ok: true, period: { start: { year: y, month: mo }, end: { year: y, month: mo }, granularity: 'month' } };
  }
  if ((m = MONTHS.exec(text))) {
    const m1 = month(m[2]!);
    const m2 = month(m[4]!);
    if (m1 === null || m2 === null) return { ok: false, reason: 'months must be 01–12' };
    const start = { year: Number(m[1]), month: m1 };
    const end = { year: Number(m[3]), month: m2 };
    if (monthIndex(end) <= monthIndex(start)) return { ok: false, reason: 'a month range must end after it starts' };
    return { ok: true, period: { start, end, granularity: 'months' } };
  }
  if ((m = YEARS.exec(text))) {
    const y1 = Number(m[1]);
    const y2 = Number(m[2]);
    if (y2 <= y1) return { ok: false, reason: 'a year range must end after it starts' };
    return { ok: true, period: { start: { year: y1, month: 1 }, end: { year: y2, month: 12 }, granularity: 'years' } };
  }
  return { ok: false, reason: 'period must be YYYY, YYYY-MM, YYYY-MM/YYYY-MM or YYYY/YYYY' };
}

/** Months since year 0, so intervals compare and subtract as integers. */
export function monthIndex(ym: { year: number; month: number }): number {
  return ym.year * 12 + (ym.month - 1);
}

/** Whether the interval overlaps the inclusive year range. */
export function overlapsYears(p: Period, startYear: number, endYear: number): boolean {
  return p.start.year <= endYear && p.end.year >= startYear;
}
