// Recognises which SIPRI export a text is, skipping the note lines SIPRI writes above the header.
import { generationDate } from './readNotes.ts';
import { isBlank, readRecords } from './readRecords.ts';
import type { ImportProblem, SipriLayout, SipriRecord, SipriTable } from './types.ts';

export type Detection =
  | { layout: SipriLayout; table: SipriTable; generated: string | null; problems: ImportProblem[] }
  | { layout: null; reason: string };

/** Columns that identify each register layout (the full layouts have more). */
const REGISTER_HEADERS: { layout: SipriLayout; name: string; columns: string[] }[] = [
  {
    layout: 'register-deliveries',
    name: 'trade register, one row per deal and delivery year',
    columns: ['Supplier', 'Recipient', 'Designation', 'Delivery year', 'TIV delivery values'],
  },
  {
    layout: 'register-deals',
    name: 'trade register, one row per deal',
    columns: ['Recipient', 'Supplier', 'Weapon designation', 'Year(s) of delivery', 'SIPRI TIV of delivered weapons'],
  },
];

/** SIPRI writes a handful of note lines; a header further down means this is not its export. */
const MAX_NOTE_LINES = 40;

const YEAR = /^\d{4}$/;

/**
 * A TIV table header: year columns after SIPRI's blank first cell, or after the project extract's
 * `table_title` and `recipient` columns (arms/sipri_extract.csv).
 */
function isTableHeader(cells: readonly string[]): boolean {
  const trimmed = cells.map((c) => c.trim());
  if (!trimmed.some((c) => YEAR.test(c))) return false;
  return trimmed[0] === '' || (trimmed.includes('table_title') && trimmed.includes('recipient'));
}

function registerLayout(cells: readonly string[]): SipriLayout | null {
  const trimmed = new Set(cells.map((c) => c.trim()));
  return REGISTER_HEADERS.find((h) => h.columns.every((c) => trimmed.has(c)))?.layout ?? null;
}

/** The reason a text is not one of the layouts, naming the nearest header if a line comes close. */
function notSipri(records: readonly SipriRecord[]): string {
  let best: { row: number; name: string; missing: string[] } | null = null;
  for (const { row, cells } of records.slice(0, MAX_NOTE_LINES + 1)) {
    const trimmed = new Set(cells.map((c) => c.trim()));
    for (const h of REGISTER_HEADERS) {
      const missing = h.columns.filter((c) => !trimmed.has(c));
      if (missing.length < h.columns.length / 2 && (!best || missing.length < best.missing.length)) best = { row, name: h.name, missing };
    }
  }
  if (best) return `row ${best.row} looks like the header of SIPRI's ${best.name} but lacks the column(s) ${best.missing.map((c) => `"${c}"`).join(', ')}`;
  return `not a SIPRI Arms Transfers Database export: none of the first ${MAX_NOTE_LINES + 1} rows is the header of a trade register (${REGISTER_HEADERS.map((h) => `"${h.columns.join('", "')}"`).join(' or ')}) or of a TIV table (a column per year)`;
}

/** Finds the header row, the note lines above it and the generation date they give, with any CSV syntax problems. */
export function detectSipriLayout(text: string): Detection {
  const { records, problems } = readRecords(text);
  const at = records.slice(0, MAX_NOTE_LINES + 1).findIndex((r) => registerLayout(r.cells) !== null || isTableHeader(r.cells));
  if (at < 0) return { layout: null, reason: records.length === 0 ? 'the file is empty' : notSipri(records) };
  const header = records[at]!;
  const notes = records.slice(0, at).filter((r) => !isBlank(r.cells)).map((r) => r.cells.filter((c) => c.trim() !== '').join(',').trim());
  const table: SipriTable = {
    header: header.cells.map((c) => c.trim()),
    headerRow: header.row,
    records: records.slice(at + 1).filter((r) => !isBlank(r.cells)),
    notes,
  };
  return { layout: registerLayout(header.cells) ?? 'tiv-table', table, generated: generationDate(notes), problems };
}
