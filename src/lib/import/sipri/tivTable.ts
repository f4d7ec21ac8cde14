// Converts a SIPRI TIV table (a row per partner, a column per year) into one row per partner and year.
import { isDecimal } from './decimalSum.ts';
import { partyCell, unmappedReason } from './partyCell.ts';
import { tableTitle, type TableTitle } from './readNotes.ts';
import { sipriPartyCode } from './partyCode.ts';
import type { Converted, ImportProblem, ObservationRow, SipriTable } from './types.ts';

export const TABLE_INDICATOR = 'arms_transfers_tiv';
export const NOTE_BLANK = 'No deliveries in SIPRI table (blank cell)';
/** Same wording arms/observations.csv already uses for SIPRI's own zeros, so the file reads as one. */
export const NOTE_SIPRI_ZERO = 'SIPRI TIV table value; 0 means <0.5';
export const NOTE_VALUE = 'SIPRI TIV table value';

export interface TableOptions {
  /** Only these years (inclusive); each must have a column. Default: every year column. */
  years?: { first: number; last: number };
}

/** The table's own party from a title such as "TIV of arms exports from Israel, 1950-2021". */
function ownParty(text: string, row: number, column: string, problems: ImportProblem[]): { title: TableTitle; code: string } | null {
  const title = tableTitle(text);
  const code = title && sipriPartyCode(title.party);
  if (title && code) return { title, code };
  problems.push({
    row, column, value: text, lost: true,
    reason: title ? unmappedReason(title.party) : 'no table title like "TIV of arms exports from Israel, 1950-2021"',
  });
  return null;
}

/**
 * A blank cell means SIPRI recorded no deliveries (0, exact); SIPRI's own "0" means a transfer
 * of less than 0.5 (0, approx); any other number is SIPRI's value. Rows go out in the table's
 * order, years ascending. The "Total" column is SIPRI's sum and is not imported.
 */
export function tivTable(table: SipriTable, sourceId: string, options: TableOptions = {}): Converted {
  const result: Converted = { rows: [], problems: [], remarks: [] };
  const titleAt = table.header.indexOf('table_title');
  const nameAt = titleAt >= 0 ? table.header.indexOf('recipient') : 0;
  let years = table.header.map((c, i) => ({ year: c, at: i })).filter((y) => /^\d{4}$/.test(y.year));
  if (options.years) {
    const { first, last } = options.years;
    for (let y = first; y <= last; y++) {
      if (!years.some((c) => c.year === String(y))) result.problems.push({ row: table.headerRow, column: String(y), value: '', reason: `missing year column ${y}`, lost: true });
    }
    years = years.filter((y) => Number(y.year) >= first && Number(y.year) <= last);
  }
  if (result.problems.length > 0) return result;

  // SIPRI's own file has its title in the first note line; the project's extract repeats it in a column.
  const fileOwn = titleAt < 0 ? ownParty(table.notes[0] ?? '', 1, '', result.problems) : null;
  if (titleAt < 0 && !fileOwn) return result;
  for (const record of table.records) {
    const own = fileOwn ?? ownParty(record.cells[titleAt]?.trim() ?? '', record.row, 'table_title', result.problems);
    const partnerColumn = table.header[nameAt] || (own?.title.direction === 'imports' ? 'supplier' : 'recipient');
    const partner = partyCell(record, partnerColumn, nameAt, result.problems);
    if (!own || partner === null) continue;
    const [from, to] = own.title.direction === 'exports' ? [own.code, partner] : [partner, own.code];
    for (const { year, at } of years) {
      const cell = record.cells[at]?.trim() ?? '';
      if (cell !== '' && !isDecimal(cell)) {
        result.problems.push({ row: record.row, column: year, value: cell, reason: 'not a number; the cell is left out', lost: true });
        continue;
      }
      const [value, qualifier, note] =
        cell === '' ? ['0', 'exact', NOTE_BLANK] : Number(cell) === 0 ? [cell, 'approx', NOTE_SIPRI_ZERO] : [cell, 'exact', NOTE_VALUE];
      const row: ObservationRow = { indicator: TABLE_INDICATOR, period: year, from, to, value, unit: 'tiv_millions', qualifier, item: '', source_id: sourceId, note };
      result.rows.push(row);
    }
  }
  return result;
}
