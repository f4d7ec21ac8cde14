// Writes data/ files: RFC 4180 CSV with LF line ends, cells as they are, so output is byte-stable
// across runs. (Downloads use export/toCsv.ts, which also guards cells against formula injection.)

function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header of `columns` and one line per record (a missing cell written empty). */
export function writeCsv(columns: readonly string[], records: readonly Readonly<Record<string, string | undefined>>[]): string {
  const lines = [columns.map(field).join(',')];
  for (const r of records) lines.push(columns.map((c) => field(r[c] ?? '')).join(','));
  return lines.join('\n') + '\n';
}
