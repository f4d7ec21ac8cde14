// Bench data bigger than the shipped package, deterministic and valid against its descriptor: it
// is generated into a temporary folder for a run, never committed, never shown to a reader.
import type { CsvRecord, CsvTable } from '../data/readCsv.ts';

/**
 * Each row of an observation table `factor` times. Copy k > 0 carries "bench copy k" as its item,
 * so primary keys stay unique while every figure, period, partner and source is a shipped one
 * (the charts draw the same shapes, each figure stacked `factor` deep).
 */
export function scaleObservations(table: CsvTable, factor: number): CsvRecord[] {
  const out: CsvRecord[] = [];
  for (const record of table.records) {
    for (let k = 0; k < factor; k++) out.push(k === 0 ? record : { ...record, item: `bench copy ${k}` });
  }
  return out;
}

/**
 * `n` crude-oil export rows such as a data editor's big file: Azerbaijan to the given partners,
 * monthly periods 2000–2024 in turn, the given sources in turn, and a value that differs on every
 * row (so no two rows share a key).
 */
export function largeOilRows(n: number, partners: readonly string[], sourceIds: readonly string[]): CsvRecord[] {
  const months = 25 * 12;
  return Array.from({ length: n }, (_, i) => {
    const month = i % months;
    const period = `${2000 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    return {
      indicator: 'crude_oil_exports',
      period,
      from: 'AZE',
      to: partners[i % partners.length]!,
      value: String(100_000 + i),
      unit: 'tonnes',
      qualifier: 'exact',
      item: '',
      source_id: sourceIds[i % sourceIds.length]!,
      note: '',
    };
  });
}
