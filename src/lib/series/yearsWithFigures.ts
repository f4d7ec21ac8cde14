// The years a set of rows covers, as readers read them ("2006, 2019–2020, 2023–2025"), for empty states.
import { parsePeriod } from '../data/parsePeriod.ts';

/** Collapses the years any period touches into runs. */
export function yearsWithFigures(periods: Iterable<string>): string {
  const years = new Set<number>();
  for (const text of periods) {
    const p = parsePeriod(text);
    if (p.ok) for (let y = p.period.start.year; y <= p.period.end.year; y++) years.add(y);
  }
  const sorted = [...years].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}
