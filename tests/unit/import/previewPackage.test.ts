import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { validatePackage } from '../../../src/lib/data/validatePackage.ts';
import type { LoadedPackage } from '../../../src/lib/data/loadPackage.ts';
import { previewPackage } from '../../../src/lib/import/previewPackage.ts';
import { problemReport } from '../../../src/lib/import/problemReport.ts';
import type { ImportDone } from '../../../src/lib/import/importProtocol.ts';

const { descriptor } = readDataDir('data');
const texts = Object.fromEntries(descriptor.resources.map((r) => [r.path, readFileSync(`data/${r.path}`, 'utf8')]));
const shipped: LoadedPackage = { base: './data/', descriptor, urls: {}, names: {}, ...validatePackage(descriptor, texts) };

describe('previewPackage', () => {
  it("swaps in the worker's tables with its capped problems, keeps the rest, and leaves the shipped package alone", () => {
    const problem = { file: 'oil-exports.csv', row: 3, column: 'period', value: '2019-13', reason: 'bad period' };
    const table = { resource: 'oil-exports', file: 'oil-exports.csv', rows: [{ indicator: 'crude_oil_exports' }], read: 2, kept: 1, rejected: 1, errors: [], problemCounts: new Map(), problemsTotal: 1, delimiter: ',' };
    const done: ImportDone = { type: 'done', resource: 'oil-exports', by: 'name', tables: { 'oil-exports': table }, problems: problemReport([problem]), ms: 1, facts: {} as ImportDone['facts'] }; // previewPackage reads no facts
    const preview = previewPackage(shipped, done);
    expect(preview.tables['oil-exports']).toBe(table);
    expect(preview.tables.visits).toBe(shipped.tables.visits);
    expect(preview.errors).toEqual([problem]);
    expect(shipped.tables['oil-exports']!.kept).toBe(129);
    expect(shipped.errors).toEqual([]);
  });
});
