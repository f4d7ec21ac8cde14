// Reads a reference CSV into its header and string records, failing on anything malformed.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

export type CsvRecord = Record<string, string>;

export interface CsvTable {
  file: string;
  header: string[];
  records: CsvRecord[];
}

export function readCsv(file: string): CsvTable {
  // Some reference files use CRLF, some LF; Papa detects the line ending per file.
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true, dynamicTyping: false });
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0]!;
    throw new Error(`${file}: CSV parse error at row ${(e.row ?? 0) + 1}: ${e.message}`);
  }
  const [header, ...rows] = parsed.data;
  if (!header) throw new Error(`${file}: empty file`);
  const records = rows.map((cells, i) => {
    // A ragged row would silently shift values into the wrong column: refuse it.
    if (cells.length !== header.length) {
      throw new Error(`${file}: row ${i + 2} has ${cells.length} cells, header has ${header.length}`);
    }
    return Object.fromEntries(header.map((name, j) => [name, cells[j]!])) as CsvRecord;
  });
  return { file, header, records };
}

/** Fails unless the table has exactly these columns in this order. */
export function expectHeader(table: CsvTable, columns: readonly string[]): void {
  if (table.header.join(',') !== columns.join(',')) {
    throw new Error(`${table.file}: expected columns ${columns.join(',')}, found ${table.header.join(',')}`);
  }
}
