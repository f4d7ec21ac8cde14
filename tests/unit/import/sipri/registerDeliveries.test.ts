import { describe, it, expect } from 'vitest';
import { importSipri } from '../../../../src/lib/import/sipri/importSipri.ts';
import { imported, shipped } from './fixture.ts';

const key = (r: Record<string, string>) => `${r.from}|${r.to}|${r.period}`;

describe('registerDeliveries (trade register, one row per deal and delivery year)', () => {
  // The extract keeps every delivery to Azerbaijan and every Israeli delivery, but has lost SIPRI's notes, so the editor names those totals.
  const extract = imported('extract_register_2026.csv', { allImportsOf: ['AZE'], allExportsOf: ['ISR'] });

  it('the 2026 extract reproduces every shipped arms_transfers_tiv_regsum row: same supplier, recipient, year and value', () => {
    const rows = new Map(extract.rows.map((r) => [key(r), r]));
    const regsum = shipped('defense-imports.csv').filter((r) => r.indicator === 'arms_transfers_tiv_regsum');
    expect(regsum).toHaveLength(144);
    const mismatches = regsum.filter((r) => rows.get(key(r))?.value !== r.value).map((r) => `${key(r)}: shipped ${r.value}, imported ${rows.get(key(r))?.value}`);
    expect(mismatches).toEqual([]);
    expect(extract.problems.filter((p) => p.lost)).toEqual([]);
  });

  it('writes figures with no more decimals than SIPRI gives (150.85, not 150.85000000000002)', () => {
    expect(extract.rows.find((r) => key(r) === 'ISR|AZE|2017')?.value).toBe('150.85');
    expect(extract.rows.every((r) => /^\d+(\.\d{1,2})?$/.test(r.value))).toBe(true);
  });

  it('writes WLD totals only for the parties the file holds in full', () => {
    const totals = new Set(extract.rows.filter((r) => r.from === 'WLD' || r.to === 'WLD').map((r) => `${r.from}->${r.to}`));
    expect([...totals].sort()).toEqual(['ISR->WLD', 'WLD->AZE']);
    const bare = imported('extract_register_2026.csv');
    expect(bare.rows.some((r) => r.from === 'WLD' || r.to === 'WLD')).toBe(false);
    expect(bare.remarks.join('\n')).toMatch(/no WLD totals written/);
  });

  it("SIPRI's note 'from All countries to All countries' declares every total; the year range sets the span of zeros", () => {
    const result = imported('register_deliveries_with_notes.csv');
    const at = (k: string) => result.rows.find((r) => key(r) === k);
    expect(at('TUR|AZE|2020')).toMatchObject({ value: '2.05', qualifier: 'exact', source_id: 'sipri_register_2026_02_12' });
    expect(at('WLD|AZE|2020')?.value).toBe('2.05');
    expect(at('ISR|WLD|2019')?.value).toBe('12.2');
    expect(at('WLD|IND|2020')?.value).toBe('2');
    // No delivery row in the register: SIPRI identified none, so 0 — for every year of the query's range, 2019–2022.
    expect(at('ISR|AZE|2022')).toMatchObject({ value: '0', qualifier: 'exact', note: expect.stringMatching(/none identified by SIPRI/) });
    expect(result.rows.filter((r) => r.from === 'TUR' && r.to === 'AZE').map((r) => r.period)).toEqual(['2019', '2020', '2021', '2022']);
  });

  it('a sum is an estimate when a summed row has its number delivered or delivery year marked as estimate, not its order date', () => {
    const result = imported('register_deliveries_with_notes.csv');
    const at = (k: string) => result.rows.find((r) => key(r) === k);
    expect(at('TUR|AZE|2020')?.qualifier).toBe('exact'); // "Beta": only the order date is an estimate
    expect(at('TUR|AZE|2021')?.qualifier).toBe('estimate'); // numbers delivered is estimate
    expect(at('ISR|IND|2020')?.qualifier).toBe('estimate'); // delivery year is estimate
    expect(at('WLD|AZE|2021')).toMatchObject({ qualifier: 'estimate', note: expect.stringContaining("SIPRI marks the number delivered or the delivery year as its estimate in 1 of the 1 summed rows") });
  });

  it('reports an unmappable name with its row and column and leaves the row out', () => {
    const text = 'Supplier,Recipient,Designation,Delivery year,TIV delivery values\nIsrael,Azerbaijan,X,2019,1.5\nAtlantis,Azerbaijan,Y,2019,2\n';
    const result = importSipri(text, { generated: '2026-02-12' });
    if (result.layout === null) throw new Error(result.reason);
    expect(result.problems).toEqual([{ row: 3, column: 'Supplier', value: 'Atlantis', lost: true, reason: expect.stringMatching(/^cannot map "Atlantis"/) }]);
    expect(result.rows).toEqual([expect.objectContaining({ from: 'ISR', to: 'AZE', period: '2019', value: '1.5' })]);
  });
});

