// A table as the build checked it, in the compact form the page loads instead of its CSV: the page
// then draws without parsing or validating (no PapaParse, no validator in its code), and shows the
// build's report. The CSVs stay the source of truth and what readers download.
import type { Cell, DataPackage, Resource, Row } from './types.ts';
import type { DataError } from './dataError.ts';
import type { TableResult } from './tableValidator.ts';
import { problemKind } from './problemLog.ts';
import { countryCodeNames } from './countryCodeNames.ts';

/**
 * What a page loads, in one file: the descriptor and the checked tables it draws, by resource name.
 * One file, not one per table: a browser fetches at most six files at once from one HTTP/1.1 server,
 * and the map's page, asking for its code, its styles, seven data files and the region, waited for
 * the last three (~15 ms at 1×).
 */
export interface CheckedPackage {
  descriptor: DataPackage;
  tables: Record<string, CheckedTable>;
}

export interface CheckedTable extends Omit<TableResult, 'rows' | 'problemCounts'> {
  /** The schema's field names, in order: each row is its cells in this order. */
  columns: string[];
  /**
   * The distinct texts of each column written by number (an indicator, a period, a code, a
   * source_id: a few hundred texts over thousands of rows). Such a column's cell is its text's
   * place in this list; null stays null.
   */
  dictionaries: Record<string, string[]>;
  rows: Cell[][];
  problemCounts: [string, number][];
  /** The ISO names of the country codes in the rows: the page is given no others (countryNames.ts). */
  names: Record<string, string>;
}

/**
 * Whether a column is written by number: all its cells are text (or empty) and at most half of them
 * distinct. The file is then a fraction of the size to parse, and every row shares one string per
 * text, so the page's comparisons of codes and periods meet the same string, not an equal copy
 * (measured on 100× data: parse and unpack 200 → 135 ms, the rank claim 55 → 40 ms).
 */
function dictionaryOf(rows: Row[], column: string): Map<string, number> | null {
  const codes = new Map<string, number>();
  for (const row of rows) {
    const cell = row[column] ?? null;
    if (cell === null) continue;
    if (typeof cell !== 'string') return null;
    if (!codes.has(cell)) codes.set(cell, codes.size);
  }
  return codes.size > 0 && codes.size <= rows.length / 2 ? codes : null;
}

/** The checked table in its compact form, with the names (from `isoNames`) of the countries it holds. */
export function packTable(table: TableResult, resource: Resource, isoNames: Readonly<Record<string, string>>): CheckedTable {
  const columns = resource.schema.fields.map((f) => f.name);
  const { rows, problemCounts, ...rest } = table;
  const codes = columns.map((c) => dictionaryOf(rows, c));
  const dictionaries = Object.fromEntries(columns.flatMap((c, i) => (codes[i] ? [[c, [...codes[i].keys()]]] : [])));
  const cellsOf = (r: Row): Cell[] =>
    columns.map((c, i) => {
      const cell = r[c] ?? null;
      return cell === null || !codes[i] ? cell : codes[i].get(cell as string)!;
    });
  const names = countryCodeNames(rows, resource.schema.fields, isoNames);
  return { ...rest, columns, dictionaries, rows: rows.map(cellsOf), problemCounts: [...problemCounts], names };
}

/** The table a checked file holds; throws on a cell that names no text of its column's dictionary
 *  (a damaged file: the page then reports the file as unreadable rather than draw wrong codes). */
export function unpackTable(checked: CheckedTable): TableResult {
  const { columns, dictionaries, rows, problemCounts, names: _names, ...rest } = checked;
  const lists = columns.map((c) => dictionaries[c]);
  return {
    ...rest,
    rows: rows.map((cells, r): Row => {
      const row: Row = {};
      for (let i = 0; i < columns.length; i++) {
        const cell = cells[i]!;
        const list = lists[i];
        if (!list || cell === null) row[columns[i]!] = cell;
        else {
          const text = typeof cell === 'number' ? list[cell] : undefined;
          if (text === undefined) throw new Error(`its checked copy is damaged: kept row ${r + 1}, ${columns[i]} ${JSON.stringify(cell)} is not one of the column's ${list.length} texts (rebuild the site)`);
          row[columns[i]!] = text;
        }
      }
      return row;
    }),
    problemCounts: new Map(problemCounts),
  };
}

/** A resource whose file could not be read: no rows, one file-level problem (with `why`, when known). */
export function unreadableTable(resource: Resource, file = resource.path, why?: string): TableResult {
  const error: DataError = { file, row: 1, column: '', value: '', reason: why ? `file could not be read: ${why}` : 'file could not be read' };
  return {
    resource: resource.name, file, rows: [], read: 0, kept: 0, rejected: 0, errors: [error],
    problemCounts: new Map([[problemKind(error), 1]]), problemsTotal: 1, delimiter: resource.dialect?.delimiter ?? ',',
  };
}
