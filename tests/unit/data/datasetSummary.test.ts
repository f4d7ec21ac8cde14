// datasetSummary: the Data panel's counts and year span, for a shipped-size table and a huge edited one.
import { describe, expect, it } from 'vitest';
import { datasetSummary } from '../../../src/lib/data/datasetSummary.ts';
import type { Resource, Row } from '../../../src/lib/data/types.ts';
import type { TableResult } from '../../../src/lib/data/validateTable.ts';

const resource = { name: 'oil-exports', title: 'Oil', path: 'oil-exports.csv', schema: { fields: [] } } as unknown as Resource;
const table = (rows: Row[]): TableResult => ({ resource: 'oil-exports', file: 'oil-exports.csv', rows, read: rows.length, kept: rows.length, rejected: 0, errors: [], problemCounts: new Map(), problemsTotal: 0, delimiter: ',' });
const row = (period: string): Row => ({ indicator: 'crude_oil_exports', period, source_id: 's' });

describe('datasetSummary', () => {
  it('spans the first to the last year any row touches, a multi-year period included', () => {
    expect(datasetSummary(resource, table([row('2019-01/2019-06'), row('2014/2018'), row('2024')])).years).toEqual([2014, 2024]);
  });

  it('summarises a 300,000-row file without overflowing the call stack', () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => row(String(2000 + (i % 25))));
    expect(datasetSummary(resource, table(rows)).years).toEqual([2000, 2024]);
  });
});
