// Turns the SIPRI TIV table extract (one row per exporter table and recipient) into observation rows,
// with the same conversion `npm run import-sipri` uses, minus the cells arms/observations.csv already has.
import type { CsvRecord, CsvTable } from './readCsv.ts';
import { tivTable } from '../../src/lib/import/sipri/tivTable.ts';

export const SIPRI_SOURCE_ID = 'sipri_tiv_tables_2022';
const YEARS = { first: 2000, last: 2021 };

export interface SipriResult {
  added: CsvRecord[];
  /** Cells already recorded in arms/observations.csv under the same key. */
  skipped: number;
  /** Already-recorded cells whose value, unit or qualifier differs from the extract. */
  disagreements: string[];
}

function keyOf(r: CsvRecord): string {
  return [r.indicator, r.period, r.from, r.to, r.source_id].join('|');
}

export function sipriToObservations(extract: CsvTable, existing: readonly CsvRecord[]): SipriResult {
  const table = {
    header: extract.header,
    headerRow: 1,
    records: extract.records.map((r, i) => ({ row: i + 2, cells: extract.header.map((h) => r[h] ?? '') })),
    notes: [],
  };
  const converted = tivTable(table, SIPRI_SOURCE_ID, { years: YEARS });
  const problem = converted.problems[0];
  if (problem) throw new Error(`${extract.file} row ${problem.row}, ${problem.column || 'file'}: ${problem.reason} ("${problem.value}")`);

  const known = new Map(existing.map((r) => [keyOf(r), r]));
  const result: SipriResult = { added: [], skipped: 0, disagreements: [] };
  for (const row of converted.rows) {
    const obs: CsvRecord = { ...row };
    const prior = known.get(keyOf(obs));
    if (prior) {
      result.skipped++;
      if (Number(prior.value) !== Number(obs.value) || prior.unit !== obs.unit || prior.qualifier !== obs.qualifier) {
        result.disagreements.push(
          `${obs.from}->${obs.to} ${obs.period}: arms/observations.csv has ${prior.value} ${prior.unit} ${prior.qualifier}, extract gives ${obs.value} ${obs.unit} ${obs.qualifier}`,
        );
      }
      continue;
    }
    known.set(keyOf(obs), obs);
    result.added.push(obs);
  }
  return result;
}
