// Checks a table's header and rows as they come, so a whole text (validateTable) and a parser that
// streams a big file in chunks (the import worker) report the same problems and the same counts.
import type { Resource, Row } from './types.ts';
import type { DataError } from './dataError.ts';
import { CellProblem, cellTyper } from './typeCell.ts';
import { createKeyIndex } from './keyIndex.ts';
import { createProblemLog, DEFAULT_MAX_PROBLEMS } from './problemLog.ts';

export interface TableResult {
  resource: string;
  file: string;
  rows: Row[];
  /** Data rows in the file; always `kept + rejected`. */
  read: number;
  kept: number;
  rejected: number;
  /** The first problems in full (TableContext.maxProblems, 200 by default), values cut to 200 characters. */
  errors: DataError[];
  /** Every problem, kept in `errors` or not, counted by kind ("value: not a number"). */
  problemCounts: Map<string, number>;
  problemsTotal: number;
  /** The delimiter the rows were read with: the declared one, or `;` or tab found in the header. */
  delimiter: string;
}

export interface TableContext {
  /** Whether a code is ISO 3166-1 alpha-3 or a declared aggregate. */
  isCode: (code: string) => boolean;
  /** Values a foreign key may point to, by `resource.field`; absent keys are not checked. */
  keys: Map<string, Set<string>>;
  /** Problems kept in full in `errors`; the rest are only counted. Default 200; Infinity keeps all. */
  maxProblems?: number;
  /** The file problems are located in: the resource's path, or the name of a reader's own copy. */
  file?: string;
}

/** A problem as a caller reports it; the validator adds the file. */
export type Problem = Omit<DataError, 'file'>;

export interface TableValidator {
  /** Reads the header row (its problems are file-level: row 1). Returns false when no data row can
   *  be read (wrong file, missing or duplicated columns); rows are then only counted, as rejected.
   *  `hint` says why the header may not match (how it splits on another delimiter). */
  header(cells: readonly string[], hint?: string): boolean;
  /** Checks data records in file order; `firstRow` is the spreadsheet row of `records[0]`. A record
   *  that is one empty cell is a blank line: numbered, not read. */
  rows(records: readonly (readonly string[])[], firstRow: number): void;
  /** Counts `count` rows as read and rejected for one reason (a broken quote, an unreadable record). */
  reject(count: number, problem: Problem): void;
  /** Reports a problem that rejects no row (an encoding note, an ignored column). */
  problem(problem: Problem): void;
  finish(): TableResult;
}

const isBlank = (cells: readonly string[]) => cells.length === 1 && cells[0] === '';

/** Characters no CSV text cell should hold: NUL (binary content) and U+FFFD (bytes that were not UTF-8). */
function strayCharacter(cell: string): string | null {
  if (cell.includes('\u0000')) return 'contains a NUL character (U+0000): binary content, not text';
  if (cell.includes('\uFFFD')) return 'contains U+FFFD where bytes were not UTF-8: save the file as UTF-8';
  return null;
}

export function createTableValidator(resource: Resource, ctx: TableContext): TableValidator {
  const file = ctx.file ?? resource.path;
  const fields = resource.schema.fields;
  const expected = fields.map((f) => f.name);
  const typers = fields.map((f) => cellTyper(f, resource.schema.missingValues, ctx.isCode));
  const log = createProblemLog(ctx.maxProblems ?? DEFAULT_MAX_PROBLEMS);
  const rows: Row[] = [];
  const keys = createKeyIndex(resource.schema.primaryKey);
  const fks = (resource.schema.foreignKeys ?? []).map((fk) => ({
    field: fk.fields,
    known: ctx.keys.get(`${fk.reference.resource}.${fk.reference.fields}`),
    target: fk.reference.resource,
  }));
  const indicators = resource['x-indicators'];
  let header: readonly string[] | null = null;
  let readable = false;
  let fieldIndex: number[] = [];
  let read = 0;
  const add = (p: Problem) => log.add({ file, ...p });

  // Header problems are file-level: row 1, as DESIGN.md has it, even below note lines.
  function checkHeader(cells: readonly string[], hint?: string): boolean {
    const row = 1;
    const fileProblem = (reason: string, value: string) => add({ row, column: '', value, reason });
    if (cells.some((name) => name.includes('\u0000'))) {
      // UTF-16 without a byte-order mark looks the same: a NUL beside every ASCII character.
      fileProblem('not a CSV file (binary content, or UTF-16 text without a byte-order mark): save it as CSV UTF-8', '');
      return false;
    }
    if (!cells.some((name) => expected.includes(name))) {
      fileProblem(`not a CSV file with the columns ${expected.join(',')}${hint ? `: ${hint}` : ''}`, cells.join(','));
      return false;
    }
    const twice = [...new Set(cells.filter((name, i) => cells.indexOf(name) !== i))];
    for (const name of twice) {
      const at = cells.flatMap((n, i) => (n === name ? [i + 1] : []));
      const read = expected.includes(name) ? 'no row can be read' : 'ignored';
      add({ row, column: name, value: name, reason: `duplicate column name: ${name} is columns ${at.join(' and ')}; ${read}` });
    }
    const missing = expected.filter((name) => !cells.includes(name));
    // Names and citations a download adds are declared by the resource: expected, and not read.
    const readableNames = new Set((resource['x-readable-columns'] ?? []).map((c) => c.name));
    const extra = cells.filter((name, i) => !expected.includes(name) && !readableNames.has(name) && cells.indexOf(name) === i);
    if (extra.length) fileProblem(`unexpected column(s): ${extra.map((n) => n || '(no name)').join(', ')} (ignored)`, extra.join(','));
    if (missing.length) fileProblem(`missing column(s): ${missing.join(', ')}; no row can be read`, missing.join(','));
    if (missing.length || twice.some((name) => expected.includes(name))) return false;
    fieldIndex = fields.map((f) => cells.indexOf(f.name));
    return true;
  }

  function checkRecord(cells: readonly string[], row: number): void {
    const before = log.total;
    if (cells.length !== header!.length) {
      add({ row, column: '', value: '', reason: `row has ${cells.length} fields, header has ${header!.length}` });
    } else {
      for (let i = 0; i < cells.length; i++) {
        const stray = strayCharacter(cells[i]!);
        if (stray) add({ row, column: header![i]!, value: cells[i]!, reason: stray });
      }
    }
    if (log.total > before) return;
    const typed: Row = {};
    // Plain loops: this runs for every cell of a million-row file.
    for (let i = 0; i < fields.length; i++) {
      const text = cells[fieldIndex[i]!]!;
      const cell = typers[i]!(text);
      if (cell instanceof CellProblem) add({ row, column: fields[i]!.name, value: text, reason: cell.reason });
      else typed[fields[i]!.name] = cell;
    }
    // Only observations declare x-indicators, and their contract names the columns indicator and value.
    const minimum = indicators?.[String(typed.indicator)]?.minimum;
    if (minimum !== undefined && typeof typed.value === 'number' && typed.value < minimum) {
      const cannot = minimum === 0 ? 'cannot be negative' : `cannot be below ${minimum}`;
      add({ row, column: 'value', value: String(typed.value), reason: `below ${minimum}: ${String(typed.indicator)} ${cannot} (its minimum in datapackage.json)` });
    }
    for (const fk of fks) {
      const v = typed[fk.field];
      if (fk.known && typeof v === 'string' && !fk.known.has(v)) {
        add({ row, column: fk.field, value: v, reason: `unknown ${fk.field}: no such row in ${fk.target}` });
      }
    }
    if (log.total > before) return;
    const first = keys.add(typed, row);
    if (first !== null) add({ row, column: '', value: '', reason: `duplicate of row ${first} (same ${resource.schema.primaryKey.join(', ')})` });
    else rows.push(typed);
  }

  return {
    header(cells, hint) {
      header = cells;
      readable = checkHeader(cells, hint);
      return readable;
    },
    rows(records, firstRow) {
      for (let i = 0; i < records.length; i++) {
        if (isBlank(records[i]!)) continue;
        read += 1;
        if (readable) checkRecord(records[i]!, firstRow + i);
      }
    },
    reject(count, problem) {
      read += count;
      add(problem);
    },
    problem: add,
    finish() {
      if (header && readable && read === 0) add({ row: 1, column: '', value: '', reason: 'no data rows: the file has a header only' });
      return {
        resource: resource.name, file, rows, read, kept: rows.length, rejected: read - rows.length,
        errors: log.errors, problemCounts: log.counts, problemsTotal: log.total, delimiter: resource.dialect?.delimiter ?? ',',
      };
    },
  };
}
