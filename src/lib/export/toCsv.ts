// CSV writer for downloads: formula-safe text cells, numbers as plain numbers, RFC 4180 quoting.

export type CsvCell = string | number | null | undefined;

/** Spreadsheet programs run a cell that starts with these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell as written: prefixed with `'` when a spreadsheet would run it, quoted when needed. */
export function csvText(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return csvText(cell);
}

/** Writes the `notes` lines as they are (each starting with the dialect's comment character, on
 *  one line), a header row of `columns` and one line per row, `\n`-terminated. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, CsvCell>[], notes: readonly string[] = []): string {
  const lines = [...notes, columns.map(csvText).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
  return `${lines.join('\n')}\n`;
}
