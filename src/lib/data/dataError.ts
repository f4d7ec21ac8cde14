// One problem found in a data file, located the way a spreadsheet user finds it.

/** `row` counts like a spreadsheet (header = 1, first data row = 2; 1 for file-level problems);
 *  `column` is empty for file-level problems. */
export interface DataError {
  file: string;
  row: number;
  column: string;
  value: string;
  reason: string;
}

/** `file:row:column value — reason`, the line `npm run check-data` prints. */
export function formatDataError(e: DataError): string {
  const where = `${e.file}:${e.row}:${e.column}`;
  return e.value === '' ? `${where} — ${e.reason}` : `${where} ${JSON.stringify(e.value)} — ${e.reason}`;
}
