// Reads a CSV text into a table validator in pieces as they arrive (a worker streaming a 50 MB file)
// or in one piece (a published file): one code path, so both report the same problems and counts.
import Papa from 'papaparse';
import type { Resource } from './types.ts';
import type { TableValidator } from './tableValidator.ts';
import { detectDelimiter } from './detectDelimiter.ts';
import { createRecordFeeder, type RecordFeeder } from './recordFeeder.ts';

export interface CsvReader {
  /** The next piece of text, in order; pieces may cut a line, a cell or a CRLF anywhere. */
  push(text: string): void;
  /** After the last piece: reads what is left and returns the delimiter used. */
  end(): string;
  /** Data records handed to the validator so far (blank lines included), for progress. */
  readonly records: number;
}

/**
 * A reader feeding `v` with `resource`'s records. Line ends may be LF, CRLF or CR (a line end inside
 * a quoted cell is read as LF); a BOM is dropped; the note lines above the header (starting with the
 * dialect's commentChar) are counted, so every row keeps the number a spreadsheet shows; the
 * delimiter is the declared one, or `;` or tab when the header is written with it.
 */
export function createCsvReader(v: TableValidator, resource: Resource): CsvReader {
  const marker = resource.dialect?.commentChar;
  let delimiter = resource.dialect?.delimiter ?? ',';
  let started = false;
  let carriageReturn = false;
  /** Text before the header is known (note lines, the header line), then the cut last record. */
  let pending = '';
  let parser: Papa.Parser | null = null;
  let feeder: RecordFeeder | null = null;
  let records = 0;

  /** `text` with LF line ends; a CR at its end waits for the next piece, which may begin with LF. */
  function normalise(text: string): string {
    let t = (carriageReturn ? '\r' : '') + text;
    if (!started && t.length) {
      started = true;
      t = t.replace(/^\uFEFF/, '');
    }
    carriageReturn = t.endsWith('\r');
    if (carriageReturn) t = t.slice(0, -1);
    return t.replace(/\r\n?/g, '\n');
  }

  /** Sets up the parser once the header line is whole and the text after the notes is not blank;
   *  returns false while more text is needed (or, at the end, when the file holds nothing). */
  function begin(last: boolean): boolean {
    let notes = 0;
    let at = 0;
    while (marker && pending.startsWith(marker, at)) {
      const end = pending.indexOf('\n', at);
      if (end === -1 && !last) return false;
      notes += 1;
      at = end === -1 ? pending.length : end + 1;
    }
    const body = pending.slice(at);
    if (body.trim() === '') return false;
    const lineEnd = body.indexOf('\n');
    if (lineEnd === -1 && !last) return false;
    const header = lineEnd === -1 ? body : body.slice(0, lineEnd);
    const found = detectDelimiter(header, resource.schema.fields.map((f) => f.name), delimiter);
    delimiter = found.delimiter;
    parser = new Papa.Parser({ delimiter, newline: '\n' });
    feeder = createRecordFeeder(v, { firstRow: notes + 1, delimiter, hint: found.hint });
    pending = body;
    return true;
  }

  function parse(last: boolean) {
    if (!parser && !begin(last)) return;
    // Without `last`, the final, maybe cut, record is left in `pending`: the cursor says where it starts.
    const parsed = parser!.parse(pending, 0, !last) as Papa.ParseResult<string[]>;
    pending = last ? '' : pending.slice(parsed.meta.cursor);
    records += parsed.data.length;
    feeder!.chunk(parsed.data, parsed.errors);
  }

  return {
    push(text) {
      pending += normalise(text);
      parse(false);
    },
    end() {
      pending += carriageReturn ? '\n' : '';
      carriageReturn = false;
      parse(true);
      if (!parser) v.problem({ row: 1, column: '', value: '', reason: 'empty file: expected a header row and data rows' });
      return delimiter;
    },
    get records() {
      // The header is the feeder's first record.
      return Math.max(0, records - 1);
    },
  };
}
