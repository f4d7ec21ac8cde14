import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import { problemReport } from '../../../src/lib/import/problemReport.ts';
import type { DataError } from '../../../src/lib/data/dataError.ts';

const error = (row: number, column: string, value: string, reason: string): DataError => ({ file: 'oil-exports.csv', row, column, value, reason });

describe('problemReport', () => {
  const errors = [
    ...Array.from({ length: 300 }, (_, i) => error(i + 2, 'period', '2019-13', 'bad period: month must be 01–12, got "13"')),
    ...Array.from({ length: 50 }, (_, i) => error(i + 400, '', '', `duplicate of row ${i + 2} (same indicator, period)`)),
    error(999, 'note', '=HYPERLINK("x")', 'not a number'),
  ];
  const report = problemReport(errors);

  it('lists the first 200, counts all of them by kind of reason, most frequent first', () => {
    expect(report.shown).toEqual(errors.slice(0, 200));
    expect(report.total).toBe(351);
    expect(report.byReason).toEqual([
      { reason: 'period: bad period', count: 300 },
      { reason: 'duplicate of row N', count: 50 },
      { reason: 'note: not a number', count: 1 },
    ]);
  });

  it('holds every problem as CSV, formula-safe', () => {
    const rows = Papa.parse<string[]>(report.csv.trimEnd()).data;
    expect(rows[0]).toEqual(['file', 'row', 'column', 'value', 'reason']);
    expect(rows).toHaveLength(352);
    expect(rows.at(-1)).toEqual(['oil-exports.csv', '999', 'note', `'=HYPERLINK("x")`, 'not a number']);
  });

  it('counts "row has 3 fields" and "row has 4 fields" as one kind of problem', () => {
    const kinds = problemReport([error(5, '', '', 'row has 3 fields, header has 10'), error(6, '', '', 'row has 4 fields, header has 10')]).byReason;
    expect(kinds).toEqual([{ reason: 'row has N fields, header has N', count: 2 }]);
  });
});
