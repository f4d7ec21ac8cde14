// Parses one CSV against its resource's Table Schema: typed valid rows kept, every bad one reported.
import Papa from 'papaparse';
import type { Resource, Row } from './types.ts';
import type { DataError } from './dataError.ts';
import { typeCell } from './typeCell.ts';

export interface TableResult {
  resource: string;
  file: string;
  rows: Row[];
  /** Data rows in the file; always `kept + rejected`. */
  read: number;
  kept: number;
  rejected: number;
  errors: DataError[];
}

export interface TableContext {
  /** Whether a code is ISO 3166-1 alpha-3 or a declared aggregate. */
  isCode: (code: string) => boolean;
  /** Values a foreign key may point to, by `resource.field`; absent keys are not checked. */
  keys: Map<string, Set<string>>;
}

function looksBinary(text: string): boolean {
  return text.includes('\u0000');
}

/** Splits off the note lines above the header (those starting with `marker`, the dialect's
 *  commentChar), counted so every later row keeps the number a spreadsheet shows. */
function splitNotes(text: string, marker: string | undefined): { notes: number; body: string } {
  let notes = 0;
  let at = 0;
  while (marker && at < text.length && text.startsWith(marker, at)) {
    const end = text.indexOf('\n', at);
    notes += 1;
    at = end === -1 ? text.length : end + 1;
  }
  return { notes, body: text.slice(at) };
}

/** Validates and types a CSV text; never throws, whatever the input. */
export function validateTable(text: string, resource: Resource, ctx: TableContext): TableResult {
  const file = resource.path;
  const result: TableResult = { resource: resource.name, file, rows: [], read: 0, kept: 0, rejected: 0, errors: [] };
  const fileError = (reason: string, value = '') => result.errors.push({ file, row: 1, column: '', value, reason });

  const { notes, body } = splitNotes(text.replace(/^\uFEFF/, ''), resource.dialect?.commentChar);
  if (body.trim() === '') {
    fileError('empty file: expected a header row and data rows');
    return result;
  }
  if (looksBinary(body)) {
    fileError('not a CSV file (binary content)');
    return result;
  }
  const parsed = Papa.parse<string[]>(body, { header: false, delimiter: ',', skipEmptyLines: false });
  const [header = [], ...records] = parsed.data;
  const fields = resource.schema.fields;
  const expected = fields.map((f) => f.name);
  // A header sharing no column with the schema means another kind of file (JSON, HTML, a sheet export).
  if (!header.some((name) => expected.includes(name))) {
    fileError(`not a CSV file with the columns ${expected.join(',')}`, header.join(',').slice(0, 60));
    result.read = result.rejected = records.filter((r) => !(r.length === 1 && r[0] === '')).length;
    return result;
  }
  const missing = expected.filter((name) => !header.includes(name));
  // Names and citations a download adds are declared by the resource: expected, and not read.
  const readable = new Set((resource['x-readable-columns'] ?? []).map((c) => c.name));
  const extra = header.filter((name) => !expected.includes(name) && !readable.has(name));
  const dataRows = records.map((cells, i) => ({ cells, row: notes + i + 2 })).filter((r) => !(r.cells.length === 1 && r.cells[0] === ''));
  result.read = dataRows.length;
  if (extra.length) fileError(`unexpected column(s): ${extra.join(', ')} (ignored)`, extra.join(','));
  if (missing.length) {
    fileError(`missing column(s): ${missing.join(', ')}; no row can be read`, missing.join(','));
    result.rejected = result.read;
    return result;
  }

  const index = new Map(header.map((name, i) => [name, i]));
  const pk = resource.schema.primaryKey;
  const seen = new Map<string, number>();
  const fks = (resource.schema.foreignKeys ?? []).map((fk) => ({
    field: fk.fields,
    known: ctx.keys.get(`${fk.reference.resource}.${fk.reference.fields}`),
    target: fk.reference.resource,
  }));

  for (const { cells, row } of dataRows) {
    const rowErrors: DataError[] = [];
    if (cells.length !== header.length) {
      rowErrors.push({ file, row, column: '', value: '', reason: `row has ${cells.length} fields, header has ${header.length}` });
    } else {
      const typed: Row = {};
      for (const field of fields) {
        const text = cells[index.get(field.name)!]!;
        const cell = typeCell(text, field, resource.schema.missingValues, ctx.isCode);
        if (cell.ok) typed[field.name] = cell.value;
        else rowErrors.push({ file, row, column: field.name, value: text, reason: cell.reason });
      }
      for (const fk of fks) {
        const v = typed[fk.field];
        if (fk.known && typeof v === 'string' && !fk.known.has(v)) {
          rowErrors.push({ file, row, column: fk.field, value: v, reason: `unknown ${fk.field}: no such row in ${fk.target}` });
        }
      }
      if (!rowErrors.length) {
        const key = JSON.stringify(pk.map((k) => typed[k]));
        const first = seen.get(key);
        if (first !== undefined) {
          rowErrors.push({ file, row, column: '', value: '', reason: `duplicate of row ${first} (same ${pk.join(', ')})` });
        } else {
          seen.set(key, row);
          result.rows.push(typed);
        }
      }
    }
    result.errors.push(...rowErrors);
  }
  result.kept = result.rows.length;
  result.rejected = result.read - result.kept;
  return result;
}
