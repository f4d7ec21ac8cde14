// A table as the build checked it, in the compact form the page loads instead of its CSV: the page
// then draws without parsing or validating (no PapaParse, no validator in its code), and shows the
// build's report. The CSVs stay the source of truth and what readers download.
import type { Cell, Resource, Row } from './types.ts';
import type { DataError } from './dataError.ts';
import type { TableResult } from './tableValidator.ts';
import { problemKind } from './problemLog.ts';

/** Where a resource's checked table is, under the data folder. */
export const checkedPath = (resource: Pick<Resource, 'name'>): string => `checked/${resource.name}.json`;

export interface CheckedTable extends Omit<TableResult, 'rows' | 'problemCounts'> {
  /** The schema's field names, in order: each row is its cells in this order. */
  columns: string[];
  rows: Cell[][];
  problemCounts: [string, number][];
}

export function packTable(table: TableResult, resource: Resource): CheckedTable {
  const columns = resource.schema.fields.map((f) => f.name);
  const { rows, problemCounts, ...rest } = table;
  return { ...rest, columns, rows: rows.map((r) => columns.map((c) => r[c] ?? null)), problemCounts: [...problemCounts] };
}

export function unpackTable(checked: CheckedTable): TableResult {
  const { columns, rows, problemCounts, ...rest } = checked;
  return {
    ...rest,
    rows: rows.map((cells): Row => {
      const row: Row = {};
      for (let i = 0; i < columns.length; i++) row[columns[i]!] = cells[i]!;
      return row;
    }),
    problemCounts: new Map(problemCounts),
  };
}

/** A resource whose file could not be read: no rows, one file-level problem. */
export function unreadableTable(resource: Resource, file = resource.path): TableResult {
  const error: DataError = { file, row: 1, column: '', value: '', reason: 'file could not be read' };
  return {
    resource: resource.name, file, rows: [], read: 0, kept: 0, rejected: 0, errors: [error],
    problemCounts: new Map([[problemKind(error), 1]]), problemsTotal: 1, delimiter: resource.dialect?.delimiter ?? ',',
  };
}
