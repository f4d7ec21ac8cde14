// Splits a SIPRI CSV export into records numbered as a spreadsheet numbers its rows.
import Papa from 'papaparse';
import type { ImportProblem, SipriRecord } from './types.ts';

/**
 * Parses every line, note lines included (they hold the title and generation date). SIPRI's
 * 2026 export ends every line with ";", which would otherwise stick to the last cell; the
 * delimiter is given because guessing it from lines full of ";" picks ";".
 */
export function readRecords(text: string): { records: SipriRecord[]; problems: ImportProblem[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ',', header: false, skipEmptyLines: false, dynamicTyping: false });
  const records = parsed.data.map((cells, i) => {
    const last = cells.length - 1;
    const trimmed = last >= 0 && cells[last]!.endsWith(';') ? [...cells.slice(0, last), cells[last]!.slice(0, -1)] : cells;
    return { row: i + 1, cells: trimmed };
  });
  // Papa yields one empty record for the line end after the last line.
  while (records.length > 0 && isBlank(records[records.length - 1]!.cells)) records.pop();
  // A stray quote can swallow lines into one cell: the rows it touches are not to be trusted.
  const problems = parsed.errors.map((e) => ({ row: (e.row ?? 0) + 1, column: '', value: '', reason: `CSV: ${e.message}`, lost: true }));
  return { records, problems };
}

/** Whether a record has no text (an empty line, or SIPRI's lines of bare commas). */
export function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}
