// Parses one CSV text against its resource's Table Schema: typed valid rows kept, every bad one
// reported, every line counted, whatever the text holds.
import Papa from 'papaparse';
import type { Resource } from './types.ts';
import { createTableValidator, type Problem, type TableContext, type TableResult, type TableValidator } from './tableValidator.ts';
import { detectDelimiter } from './detectDelimiter.ts';
import { createRecordFeeder } from './recordFeeder.ts';

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

/** Reads a whole CSV text into `v` (a streaming caller feeds it chunk by chunk through a
 *  RecordFeeder instead); returns the delimiter used. Line ends may be LF, CRLF or CR (a line end
 *  inside a quoted cell is read as LF); a BOM is dropped. */
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
  const parsed = Papa.parse<string[]>(body, { header: false, delimiter, newline: '\n', skipEmptyLines: false });
  createRecordFeeder(v, { firstRow: notes + 1, delimiter, hint }).chunk(parsed.data, parsed.errors);
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
