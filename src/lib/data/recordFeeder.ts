// Hands PapaParse's records to a table validator, a whole text at once or chunk by chunk (a worker
// streaming a big file), so quote errors become located problems and row numbers run on across chunks.
import type Papa from 'papaparse';
import type { TableValidator } from './tableValidator.ts';

/** What went wrong in a record PapaParse flagged, and the lines it swallowed after its first. */
function brokenRecord(cells: readonly string[], error: Papa.ParseError, delimiter: string) {
  const lines = cells.join(delimiter).split('\n').slice(1);
  if (lines.at(-1) === '') lines.pop(); // the file's last line end, not a line
  const kind =
    error.code === 'MissingQuotes' ? 'unterminated quote'
    : error.code === 'InvalidQuotes' ? 'malformed quote (text after a closing quote)'
    : `unreadable record (${error.message})`;
  return {
    kind,
    swallowed: lines.length,
    /** Swallowed lines that hold something: the rows lost (blank lines are not rows). */
    lost: lines.filter((l) => l !== '').length,
    /** The cell the broken quote is in. */
    at: Math.max(0, cells.findIndex((c) => c.includes('\n') || c.includes('"'))),
  };
}

export interface RecordFeeder {
  /** Feeds the next records (the header first); each error's `row` indexes `records`. */
  chunk(records: readonly (readonly string[])[], errors: readonly Papa.ParseError[]): void;
}

/**
 * A feeder for `v`. `firstRow` is the header's row as a spreadsheet numbers it (1, or more below
 * note lines); text must have `\n` line ends. A record with a quote error is rejected, and the
 * lines it swallowed are counted as rejected rows and named ("rows 4–7 are inside the quoted field
 * opened here"); later rows keep the numbers of their lines.
 */
export function createRecordFeeder(v: TableValidator, options: { firstRow: number; delimiter: string; hint?: string }): RecordFeeder {
  const { delimiter, hint } = options;
  let header: readonly string[] | null = null;
  let nextRow = options.firstRow;

  function good(records: readonly (readonly string[])[]) {
    let rest = records;
    if (!header && rest.length) {
      header = rest[0]!;
      v.header(header, hint);
      rest = rest.slice(1);
      nextRow += 1;
    }
    v.rows(rest, nextRow);
    nextRow += rest.length;
  }

  function broken(cells: readonly string[], error: Papa.ParseError) {
    const b = brokenRecord(cells, error, delimiter);
    const span = b.swallowed === 1 ? `row ${nextRow + 1} is` : `rows ${nextRow + 1}–${nextRow + b.swallowed} are`;
    const inside = b.swallowed ? `: ${span} inside the quoted field opened here` : '';
    if (header) {
      v.reject(1 + b.lost, { row: nextRow, column: header[b.at] ?? '', value: cells[b.at] ?? '', reason: `${b.kind}${inside}` });
    } else {
      // No header to check rows against: the validator only counts the rows after it, as rejected.
      header = [];
      v.reject(b.lost, { row: 1, column: '', value: cells.join(delimiter), reason: `the header (row ${nextRow}) has an ${b.kind}${inside}; no row can be read` });
    }
    nextRow += 1 + b.swallowed;
  }

  return {
    chunk(records, errors) {
      const errorAt = new Map<number, Papa.ParseError>();
      for (const e of errors) if (e.row !== undefined && !errorAt.has(e.row)) errorAt.set(e.row, e);
      let start = 0;
      for (const [i, error] of [...errorAt].sort((a, b) => a[0] - b[0])) {
        if (i >= records.length) continue;
        good(records.slice(start, i));
        broken(records[i]!, error);
        start = i + 1;
      }
      good(records.slice(start));
    },
  };
}
