import { describe, it, expect } from 'vitest';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { recogniseDataset } from '../../../src/lib/import/recogniseDataset.ts';

const { descriptor } = readDataDir('data');
const OBSERVATION = ['indicator', 'period', 'from', 'to', 'value', 'unit', 'qualifier', 'item', 'source_id', 'note'];
const row = (indicator: string) => [indicator, '2020', 'AZE', 'ISR', '1', 'tonnes', 'exact', '', 's', ''];

describe('recogniseDataset', () => {
  it.each([
    ['oil-exports.csv', 'oil-exports'],
    ['C:\\Users\\me\\Downloads\\visits.csv', 'visits'],
    ['oil-exports (1).csv', 'oil-exports'],
    ['Oil_Exports edited.CSV', 'oil-exports'],
    ['my-defense-imports-2026.csv', 'defense-imports'],
  ])('recogniseDataset(%j) goes by the name: %j', (name, resource) => {
    expect(recogniseDataset(name, [], [], descriptor)).toEqual({ resource, by: 'name' });
  });

  it('goes by the header when the name says nothing and one dataset has those columns', () => {
    const header = ['start_date', 'end_date', 'host', 'guest', 'kind', 'date_precision', 'level', 'initiator', 'people', 'title', 'source_id', 'note'];
    expect(recogniseDataset('export.csv', header, [], descriptor)).toEqual({ resource: 'visits', by: 'header' });
  });

  it.each([
    ['crude_oil_exports', 'oil-exports'],
    ['arms_transfers_tiv', 'defense-imports'],
    ['fdi_flow', 'investment'],
  ])('tells the observation files apart by their indicators (%s → %s)', (indicator, resource) => {
    const rows = [row(indicator), row(indicator), row('no_such_indicator')];
    expect(recogniseDataset('export.csv', OBSERVATION, rows, descriptor)).toEqual({ resource, by: 'indicators' });
  });

  it('is null for an observation header whose indicators are unknown or tied, and for a foreign header', () => {
    expect(recogniseDataset('export.csv', OBSERVATION, [row('nothing')], descriptor)).toBeNull();
    expect(recogniseDataset('export.csv', OBSERVATION, [row('crude_oil_exports'), row('fdi_flow')], descriptor)).toBeNull();
    expect(recogniseDataset('export.csv', ['a', 'b'], [['1', '2']], descriptor)).toBeNull();
    expect(recogniseDataset('notes.txt', [], [], descriptor)).toBeNull();
  });
});
