import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import { DEAL_INDICATOR } from '../../../../src/lib/import/sipri/registerDeals.ts';
import { fixture, imported } from './fixture.ts';

describe('registerDeals (trade register, one row per deal)', () => {
  it('the 2025 extract gives one row per delivered deal over its delivery span, never split, the designation as item', () => {
    const source = Papa.parse<string[]>(fixture('extract_register_2025.csv'), { skipEmptyLines: true }).data.slice(1);
    const delivered = source.filter((cells) => cells[10]!.trim() !== '');
    const result = imported('extract_register_2025.csv');
    expect(result.problems.filter((p) => p.lost)).toEqual([]);
    expect(result.rows).toHaveLength(delivered.length);
    result.rows.forEach((row, i) => {
      const cells = delivered[i]!;
      const years = cells[10]!.split(';').map((y) => y.trim());
      expect(row.period).toBe(years.length === 1 ? years[0] : `${years[0]}/${years.at(-1)}`);
      expect(row.value).toBe(cells[15]);
      expect(row.item.startsWith(cells[6]!)).toBe(true);
      expect(row.indicator).toBe(DEAL_INDICATOR);
    });
    expect(result.rows.find((r) => r.item === 'Bell-212/UH-1N' && r.to === 'AGO')).toMatchObject({ period: '2004/2005', from: 'ISR', value: '11.84' });
    expect(result.remarks).toContain('84 deal(s) with no delivery year yet (orders not delivered): no row');
  });

  it('deals alike in every key column stay apart (SIPRI lists two orders of 2 Aerostar for an African country in 2003)', () => {
    const aerostar = imported('extract_register_2025.csv').rows.filter((r) => r.to === 'XXX' && r.item.startsWith('Aerostar') && r.period === '2003');
    expect(aerostar.map((r) => r.item)).toEqual(['Aerostar', 'Aerostar (deal 2)']);
  });

  it('"?" beside Number delivered makes the row an estimate; beside the order year or number ordered it stays in the note', () => {
    const rows = imported('register_deals_with_notes.csv').rows;
    expect(rows.find((r) => r.item === 'Alpha')).toMatchObject({
      period: '2012/2015', qualifier: 'exact', note: expect.stringContaining('ordered 2011?; 5? ordered, 5 delivered in 2012, 2013, 2015'),
    });
    expect(rows.find((r) => r.item === 'Beta')).toMatchObject({ qualifier: 'estimate', value: '0.3' });
    expect(rows.find((r) => r.item === 'Delta')).toMatchObject({ qualifier: 'approx', value: '0', note: expect.stringContaining('between 0 and 0.5') });
    expect(rows.some((r) => r.item === 'Gamma')).toBe(false); // ordered, nothing delivered yet
  });

  it('reports an unmappable recipient with its row (counting the note lines) and column', () => {
    const result = imported('register_deals_with_notes.csv');
    expect(result.problems).toEqual([{ row: 14, column: 'Recipient', value: 'Atlantis', lost: true, reason: expect.stringMatching(/^cannot map "Atlantis"/) }]);
    expect(result).toMatchObject({ sourceId: 'sipri_register_2025_03_13', edition: null, rowsRead: 6 });
  });
});
