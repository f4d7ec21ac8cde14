// Serialises records as RFC 4180 CSV with LF line ends, so the output is byte-stable across runs.
import type { CsvRecord } from './readCsv.ts';

function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], records: readonly CsvRecord[]): string {
  const lines = [columns.map(field).join(',')];
  for (const r of records) lines.push(columns.map((c) => field(r[c] ?? '')).join(','));
  return lines.join('\n') + '\n';
}
