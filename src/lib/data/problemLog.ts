// The problems of one file: the first few in full, every one counted by kind, so 20,000 bad rows
// cost the page 200 objects to render while the checker can still ask for all of them.
import type { DataError } from './dataError.ts';
import { echoValue } from './echoValue.ts';

/** Problems a table keeps in full unless the caller asks for more (the checker asks for all). */
export const DEFAULT_MAX_PROBLEMS = 200;

export interface ProblemLog {
  /** The first `max` problems, values cut by echoValue. */
  errors: DataError[];
  /** Problems by kind (see problemKind), all of them, kept or not. */
  counts: Map<string, number>;
  total: number;
  add(e: DataError): void;
}

/** A reason without its particulars (numbers, quoted text, lists in brackets, what follows a colon),
 *  prefixed by the column: "value: not a number", "row has N fields, header has N". */
export function problemKind(e: Pick<DataError, 'column' | 'reason'>): string {
  const stem = e.reason.replace(/\s*[:(].*$/s, '').replace(/\d+/g, 'N');
  return e.column ? `${e.column}: ${stem}` : stem;
}

export function createProblemLog(max = DEFAULT_MAX_PROBLEMS): ProblemLog {
  const log: ProblemLog = {
    errors: [],
    counts: new Map(),
    total: 0,
    add(e) {
      log.total += 1;
      const kind = problemKind(e);
      log.counts.set(kind, (log.counts.get(kind) ?? 0) + 1);
      if (log.errors.length < max) log.errors.push({ ...e, value: echoValue(e.value) });
    },
  };
  return log;
}
