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

/** The years any of the periods touches, as runs of text. */
export function yearsWithFigures(periods: Iterable<string>): string {
  const years: number[] = [];
  for (const text of periods) {
    const p = parsePeriod(text);
    if (p.ok) for (let y = p.period.start.year; y <= p.period.end.year; y++) years.push(y);
  }
  return yearRuns(years)
    .map(([a, b]) => (a === b ? String(a) : `${a}–${b}`))
    .join(', ');
}
