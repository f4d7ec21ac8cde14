// Which delimiter a header line is written with: the declared one, or `;` or tab when a spreadsheet
// saved the file the way a European locale does; said in words when neither fits.
import Papa from 'papaparse';

const OTHERS = [';', '\t'] as const;
const label = (d: string) => (d === '\t' ? 'tab' : `'${d}'`);

function split(line: string, delimiter: string): string[] {
  return Papa.parse<string[]>(line, { delimiter, header: false }).data[0] ?? [];
}

/**
 * The delimiter to read with: `declared` when the header names any expected column that way;
 * otherwise `;` or tab when splitting on it yields every expected column. `hint` says how the
 * header splits when another delimiter gives some expected columns but not all.
 */
export function detectDelimiter(headerLine: string, expected: readonly string[], declared: string): { delimiter: string; hint?: string } {
  if (split(headerLine, declared).some((n) => expected.includes(n))) return { delimiter: declared };
  for (const d of OTHERS) if (expected.every((n) => split(headerLine, d).includes(n))) return { delimiter: d };
  for (const d of OTHERS) {
    const names = split(headerLine, d);
    if (names.some((n) => expected.includes(n))) {
      const missing = expected.filter((n) => !names.includes(n));
      return { delimiter: declared, hint: `the header splits on ${label(d)} instead of ${label(declared)}, but then lacks ${missing.join(', ')}` };
    }
  }
  return { delimiter: declared };
}
