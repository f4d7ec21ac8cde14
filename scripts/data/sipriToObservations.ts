// Turns the SIPRI TIV table extract (one row per exporter table and recipient) into observation rows.
import type { CsvRecord, CsvTable } from './readCsv.ts';
import { sipriCode } from './countryCodes.ts';

export const SIPRI_SOURCE_ID = 'sipri_tiv_tables_2022';
const FIRST_YEAR = 2000;
const LAST_YEAR = 2021;

export const NOTE_BLANK = 'No deliveries in SIPRI table (blank cell)';
/** Same wording arms/observations.csv already uses for SIPRI's own zeros, so the file reads as one. */
export const NOTE_SIPRI_ZERO = 'SIPRI TIV table value; 0 means <0.5';
export const NOTE_VALUE = 'SIPRI TIV table value';

export interface SipriResult {
  added: CsvRecord[];
  /** Cells already recorded in arms/observations.csv under the same key. */
  skipped: number;
  /** Already-recorded cells whose value, unit or qualifier differs from the extract. */
  disagreements: string[];
}

function exporterName(tableTitle: string, where: string): string {
  const m = /^TIV of arms exports from (.+), \d{4}-\d{4}$/.exec(tableTitle);
  if (!m) throw new Error(`${where}: unexpected table_title "${tableTitle}"`);
  return m[1]!;
}

function keyOf(r: CsvRecord): string {
  return [r.indicator, r.period, r.from, r.to, r.source_id].join('|');
}

export function sipriToObservations(extract: CsvTable, existing: readonly CsvRecord[]): SipriResult {
  const years: string[] = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    if (!extract.header.includes(String(y))) throw new Error(`${extract.file}: missing year column ${y}`);
    years.push(String(y));
  }
  const known = new Map(existing.map((r) => [keyOf(r), r]));
  const result: SipriResult = { added: [], skipped: 0, disagreements: [] };

  extract.records.forEach((row, i) => {
    const where = `${extract.file} row ${i + 2}`;
    const from = sipriCode(exporterName(row.table_title ?? '', where), 'exporter');
    const to = sipriCode(row.recipient ?? '', 'recipient');
    for (const year of years) {
      const cell = (row[year] ?? '').trim();
      if (cell !== '' && !/^-?\d+(\.\d+)?$/.test(cell)) throw new Error(`${where}, ${year}: not a number: "${cell}"`);
      // A blank cell means SIPRI recorded no deliveries; its "0" means a transfer of less than 0.5.
      const [value, qualifier, note] =
        cell === '' ? ['0', 'exact', NOTE_BLANK]
        : Number(cell) === 0 ? [cell, 'approx', NOTE_SIPRI_ZERO]
        : [cell, 'exact', NOTE_VALUE];
      const obs: CsvRecord = {
        indicator: 'arms_transfers_tiv', period: year, from, to, value,
        unit: 'tiv_millions', qualifier, item: '', source_id: SIPRI_SOURCE_ID, note,
      };
      const prior = known.get(keyOf(obs));
      if (prior) {
        result.skipped++;
        if (Number(prior.value) !== Number(value) || prior.unit !== obs.unit || prior.qualifier !== qualifier) {
          result.disagreements.push(
            `${from}->${to} ${year}: arms/observations.csv has ${prior.value} ${prior.unit} ${prior.qualifier}, extract gives ${value} ${obs.unit} ${qualifier}`,
          );
        }
        continue;
      }
      known.set(keyOf(obs), obs);
      result.added.push(obs);
    }
  });
  return result;
}
