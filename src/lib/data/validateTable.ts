// Parses one CSV text against its resource's Table Schema: typed valid rows kept, every bad one
// reported, every line counted, whatever the text holds.
import Papa from 'papaparse';
import type { Resource } from './types.ts';
import { createTableValidator, type Problem, type TableContext, type TableResult, type TableValidator } from './tableValidator.ts';
import { detectDelimiter } from './detectDelimiter.ts';

export type { TableContext, TableResult } from './tableValidator.ts';

/** Splits off the note lines above the header (those starting with `marker`, the dialect's
 *  commentChar), counted so every later row keeps the number a spreadsheet shows. */
export function splitNotes(text: string, marker: string | undefined): { notes: number; body: string } {
  let notes = 0;
  let at = 0;
  while (marker && at < text.length && text.startsWith(marker, at)) {
    const end = text.indexOf('\n', at);
    notes += 1;
    at = end === -1 ? text.length : end + 1;
  }
  return { notes, body: text.slice(at) };
}

/** What went wrong in a record PapaParse flagged, and how many lines it swallowed after its first. */
function brokenRecord(cells: readonly string[], error: Papa.ParseError, delimiter: string) {
  const lines = cells.join(delimiter).split('\n').slice(1);
  if (lines.at(-1) === '') lines.pop(); // the file's last line end, not a line
  const swallowed = lines.length;
  const lost = lines.filter((l) => l !== '').length;
  const at = Math.max(0, cells.findIndex((c) => c.includes('\n') || c.includes('"')));
  const kind =
    error.code === 'MissingQuotes' ? 'unterminated quote'
    : error.code === 'InvalidQuotes' ? 'malformed quote (text after a closing quote)'
    : `unreadable record (${error.message})`;
  return { swallowed, lost, at, kind };
}

/** Feeds `body` (header first) to the validator, turning PapaParse's quote errors into located
 *  problems: a broken record is rejected, and the lines it swallowed are counted as rejected rows. */
function feed(v: TableValidator, body: string, firstRow: number, delimiter: string, hint: string | undefined): void {
  const parsed = Papa.parse<string[]>(body, { header: false, delimiter, newline: '\n', skipEmptyLines: false });
  const broken = new Map<number, Papa.ParseError>();
  for (const e of parsed.errors) if (e.row !== undefined && !broken.has(e.row)) broken.set(e.row, e);
  const records = parsed.data;
  let shift = 0;
  let start = 0;
  for (let i = 0; i <= records.length; i++) {
    if (i < records.length && !broken.has(i)) continue;
    const row = (k: number) => firstRow + k + shift;
    if (start === 0 && i > 0) {
      v.header(records[0]!, hint);
      v.rows(records.slice(1, i), row(1));
    } else if (i > start) v.rows(records.slice(start, i), row(start));
    if (i === records.length) return;
    const cells = records[i]!;
    const b = brokenRecord(cells, broken.get(i)!, delimiter);
    const lost = b.swallowed === 1 ? `row ${row(i) + 1} is` : `rows ${row(i) + 1}–${row(i) + b.swallowed} are`;
    const inside = b.swallowed ? `: ${lost} inside the quoted field opened here` : '';
    if (i === 0) {
      // No header to check rows against: the rest is counted, as rejected.
      v.reject(b.lost, { row: 1, column: '', value: cells.join(delimiter), reason: `the header (row ${firstRow}) has an ${b.kind}${inside}; no row can be read` });
      v.rows(records.slice(1), firstRow + 1 + b.swallowed);
      return;
    }
    v.reject(1 + b.lost, { row: row(i), column: records[0]![b.at] ?? '', value: cells[b.at] ?? '', reason: `${b.kind}${inside}` });
    shift += b.swallowed;
    start = i + 1;
  }
}

/** Reads a whole CSV text into `v` (the validator a streaming caller would feed in chunks);
 *  returns the delimiter used. Line ends may be LF, CRLF or CR; a BOM is dropped. */
export function readCsvText(v: TableValidator, text: string, resource: Resource): string {
  const declared = resource.dialect?.delimiter ?? ',';
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const { notes, body } = splitNotes(normalised, resource.dialect?.commentChar);
  if (body.trim() === '') {
    v.problem({ row: 1, column: '', value: '', reason: 'empty file: expected a header row and data rows' });
    return declared;
  }
  const end = body.indexOf('\n');
  const headerLine = end === -1 ? body : body.slice(0, end);
  const { delimiter, hint } = detectDelimiter(headerLine, resource.schema.fields.map((f) => f.name), declared);
  feed(v, body, notes + 1, delimiter, hint);
  return delimiter;
}

/** Validates and types a CSV text; never throws, whatever the input. `before` are problems found
 *  before the text (its encoding: see decodeUtf8), reported first. */
export function validateTable(text: string, resource: Resource, ctx: TableContext, before: readonly Problem[] = []): TableResult {
  const v = createTableValidator(resource, ctx);
  for (const p of before) v.problem(p);
  const delimiter = readCsvText(v, text, resource);
  return { ...v.finish(), delimiter };
}
