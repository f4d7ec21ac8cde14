// The bench's generated data: deterministic, unique keys, and valid against the shipped package.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { largeOilRows, scaledPackage, scaleObservations } from '../../scripts/bench/scaledData.ts';
import { readCsv } from '../../scripts/data/readCsv.ts';
import { writeCsv } from '../../src/lib/data/writeCsv.ts';
import { dashboardData } from '../../src/lib/data/dashboardData.ts';
import { domainToJson } from '../../src/lib/data/stateDomain.ts';
import { validatePackage } from '../../src/lib/data/validatePackage.ts';
import type { DataPackage } from '../../src/lib/data/types.ts';

const pkg = JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as DataPackage;
const shipped = (file: string) => readFileSync(`data/${file}`, 'utf8');
const texts = Object.fromEntries(pkg.resources.map((r) => [r.path, shipped(r.path)]));
const oil = readCsv('data/oil-exports.csv');

/** The shipped package with oil-exports.csv replaced: its table's read, kept and problems. */
function checkOil(records: ReturnType<typeof scaleObservations>) {
  const result = validatePackage(pkg, { ...texts, 'oil-exports.csv': writeCsv(oil.header, records) });
  return result.tables['oil-exports']!;
}

describe('bench data', () => {
  it('the shipped oil rows ×3 are all kept: every copy valid, no duplicate key', () => {
    const rows = scaleObservations(oil, 3);
    const table = checkOil(rows);
    expect(table.errors).toEqual([]);
    expect(table.kept).toBe(3 * oil.records.length);
  });

  it('scaledPackage(data, 100): every observation file ×100 is kept with no problem in any file, and the same every time', { timeout: 60_000 }, () => {
    const scaled = scaledPackage('data', 100);
    expect(scaledPackage('data', 100).texts).toEqual(scaled.texts);
    const descriptor = JSON.parse(scaled.texts['datapackage.json']!) as DataPackage;
    const result = validatePackage(descriptor, scaled.texts);
    expect(result.problemsTotal).toBe(0);
    const observations = pkg.resources.filter((r) => r['x-role'] === 'observations');
    expect(observations.map((r) => r.name)).toEqual(['oil-exports', 'defense-imports', 'investment']);
    for (const r of observations) expect(result.tables[r.name]!.kept, r.name).toBe(100 * readCsv(`data/${r.path}`).records.length);
    expect(scaled.observationRows).toBe(observations.reduce((n, r) => n + result.tables[r.name]!.kept, 0));
    // The shipped descriptor is served as it is: its precomputed domain must still be the rows' one.
    expect(domainToJson(dashboardData({ descriptor, tables: result.tables }, 'rows').domain)).toEqual(descriptor['x-state-domain']);
    // Visits, sources and claims are served as shipped.
    for (const r of pkg.resources.filter((r) => r['x-role'] !== 'observations')) expect(scaled.texts[r.path], r.name).toBe(texts[r.path]);
  });

  it('20,000 generated oil rows are all kept, and the same every time', () => {
    const sources = [...new Set(oil.records.map((r) => r.source_id!))].sort();
    const partners = ['ISR', 'ITA', 'IND', 'DEU', 'USA'];
    const rows = largeOilRows(20_000, partners, sources);
    expect(writeCsv(oil.header, rows)).toBe(writeCsv(oil.header, largeOilRows(20_000, partners, sources)));
    const table = checkOil(rows);
    expect(table.errors).toEqual([]);
    expect(table.kept).toBe(20_000);
  });
});
