// Bench data bigger than the shipped package, deterministic and valid against its descriptor: it
// is generated into a temporary folder for a run, never committed, never shown to a reader.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readCsv, type CsvRecord, type CsvTable } from '../data/readCsv.ts';
import { writeCsv } from '../../src/lib/data/writeCsv.ts';
import type { DataPackage } from '../../src/lib/data/types.ts';

/**
 * Each row of an observation table `factor` times. Copy k > 0 carries "bench copy k" in its item
 * (after the row's own item, if any), so primary keys stay unique — item is part of every
 * observation key — while every figure, period, partner and source is a shipped one (the charts
 * draw the same shapes, each figure stacked `factor` deep).
 */
export function scaleObservations(table: CsvTable, factor: number): CsvRecord[] {
  const out: CsvRecord[] = [];
  for (const record of table.records) {
    for (let k = 0; k < factor; k++) {
      out.push(k === 0 ? record : { ...record, item: record.item ? `${record.item} (bench copy ${k})` : `bench copy ${k}` });
    }
  }
  return out;
}

export interface ScaledPackage {
  /** Every file of the package by its path in the descriptor, plus datapackage.json itself. */
  texts: Record<string, string>;
  /** Rows of the scaled observation files together. */
  observationRows: number;
}

/**
 * The data package in `dir` with each observation file scaled ×`factor`. The descriptor, sources,
 * visits and claims are the shipped bytes: the copies add no year, partner or source, so the
 * descriptor's precomputed `x-state-domain` still holds, and claims are mirrored in it.
 */
export function scaledPackage(dir: string, factor: number): ScaledPackage {
  const descriptorText = readFileSync(path.join(dir, 'datapackage.json'), 'utf8');
  const descriptor = JSON.parse(descriptorText) as DataPackage;
  const texts: Record<string, string> = { 'datapackage.json': descriptorText };
  let observationRows = 0;
  for (const resource of descriptor.resources) {
    const file = path.join(dir, resource.path);
    if (resource['x-role'] !== 'observations') {
      texts[resource.path] = readFileSync(file, 'utf8');
      continue;
    }
    const table = readCsv(file);
    const rows = scaleObservations(table, factor);
    texts[resource.path] = writeCsv(table.header, rows);
    observationRows += rows.length;
  }
  return { texts, observationRows };
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
