// What the page lists of a file's problems: the first few hundred, counts per reason, and the
// whole list as one CSV text to download (20,000 listed problems froze the page for 45 s).
import type { DataError } from '../data/dataError.ts';
import { problemKind } from '../data/problemLog.ts';
import { toCsv } from '../export/toCsv.ts';

export interface ProblemReport {
  /** The first `cap` problems, in file order. */
  shown: DataError[];
  total: number;
  /** Problems per kind of reason, most frequent first. */
  byReason: { reason: string; count: number }[];
  /** Every problem as CSV (file,row,column,value,reason). */
  csv: string;
}

export const PROBLEM_CAP = 200;
const COLUMNS = ['file', 'row', 'column', 'value', 'reason'] as const;

/** Caps `errors` for display and counts them by kind of reason (the validator's problemKind). */
export function problemReport(errors: readonly DataError[], cap = PROBLEM_CAP): ProblemReport {
  const counts = new Map<string, number>();
  for (const e of errors) {
    const kind = problemKind(e);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return {
    shown: errors.slice(0, cap),
    total: errors.length,
    byReason: [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
    csv: toCsv(COLUMNS, errors.map((e) => ({ ...e }))),
  };
}
