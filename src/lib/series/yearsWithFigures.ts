// Years gathered into runs: [[2019, 2020], [2023, 2025]] for marks, "2006, 2019–2020, 2023–2025"
// as readers read them in empty states.
import { parsePeriod } from '../data/parsePeriod.ts';

/** Sorted years gathered into inclusive runs: [2022, 2023, 2024] → [[2022, 2024]]. */
export function yearRuns(years: Iterable<number>): [number, number][] {
  const runs: [number, number][] = [];
  for (const y of [...new Set(years)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs;
}

/** Every year any of the periods touches, once each, sorted. */
export function periodYears(periods: Iterable<string>): number[] {
  const years = new Set<number>();
  for (const text of periods) {
    const p = parsePeriod(text);
    if (p.ok) for (let y = p.period.start.year; y <= p.period.end.year; y++) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

/** The years of [start, end] not in `covered`. */
export function missingYears(start: number, end: number, covered: readonly number[]): number[] {
  const have = new Set(covered);
  const out: number[] = [];
  for (let y = start; y <= end; y++) if (!have.has(y)) out.push(y);
  return out;
}

/** The years of [start, end] no period touches: drawn as not collected, never as zero. */
export function uncollectedYears(periods: Iterable<string>, start: number, end: number): number[] {
  return missingYears(start, end, periodYears(periods));
}

/** The years any of the periods touches, as runs of text. */
export function yearsWithFigures(periods: Iterable<string>): string {
  return yearRuns(periodYears(periods))
    .map(([a, b]) => (a === b ? String(a) : `${a}–${b}`))
    .join(', ');
}
