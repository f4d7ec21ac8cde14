import { describe, it, expect } from 'vitest';
import { imported, shipped } from './fixture.ts';

const key = (r: Record<string, string>) => [r.from, r.to, r.period, r.value, r.qualifier].join('|');

describe('tivTable (a row per partner, a column per year)', () => {
  it('the 2022 extract gives exactly the sipri_tiv_tables_2022 rows build-data makes: values, and zeros for blank cells', () => {
    const result = imported('extract_tiv_tables_2022.csv');
    expect(result.problems.filter((p) => p.lost)).toEqual([]);
    const built = shipped('defense-imports.csv').filter((r) => r.indicator === 'arms_transfers_tiv' && r.source_id === 'sipri_tiv_tables_2022');
    expect(result.rows.map(key).sort()).toEqual(built.map(key).sort());
  });

  it("reads SIPRI's own file: exporter from the title note, Total as WLD, blank as 0, SIPRI's 0 as approx", () => {
    const result = imported('tiv_table_with_notes.csv');
    expect(result).toMatchObject({ layout: 'tiv-table', generated: '2022-07-28', sourceId: 'sipri_tiv_tables_2022_07_28', edition: 'tables2022', problems: [] });
    const at = (to: string, year: string) => result.rows.find((r) => r.to === to && r.period === year);
    expect(at('AZE', '2017')).toMatchObject({ from: 'ISR', value: '151', qualifier: 'exact' });
    expect(at('AZE', '2020')).toMatchObject({ value: '0', qualifier: 'exact', note: 'No deliveries in SIPRI table (blank cell)' });
    expect(at('VNM', '2017')).toMatchObject({ value: '0', qualifier: 'approx' });
    expect(at('WLD', '2021')?.value).toBe('12');
    expect(result.rows).toHaveLength(3 * 5); // the Total column is SIPRI's sum, not a year
  });
});
