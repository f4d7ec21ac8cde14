import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { indicatorRows, periodOf, rowPeriods } from '../../../src/lib/claims/claimRows.ts';
import { obs } from './fixtures.ts';

// Names that would run together if indicator and unit were joined into one key ("a b" + "c" = "a" + "b c").
const INDICATORS = ['a', 'a b', 'oil'];
const UNITS = ['c', 'b c', 'tonnes'];
const row = fc
  .record({ indicator: fc.constantFrom(...INDICATORS), unit: fc.constantFrom(...UNITS), period: fc.constantFrom('2020', '2021-03'), value: fc.integer() })
  .map(obs);
const ask = fc.tuple(fc.constantFrom(...INDICATORS, 'gas'), fc.constantFrom(...UNITS, 'usd'));

describe('indicatorRows', () => {
  it('gives the very rows a plain filter on indicator and unit gives, in row order, whatever is asked in whatever order', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.array(ask, { minLength: 1, maxLength: 6 }), (rows, asks) => {
        for (const [indicator, unit] of asks) {
          const picked = indicatorRows(rows, indicator, unit);
          const plain = rows.filter((r) => r.indicator === indicator && r.unit === unit);
          expect(picked).toHaveLength(plain.length);
          picked.forEach((r, i) => expect(r).toBe(plain[i]));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('asked again about the same rows array, gives the same array; a new rows array is read afresh', () => {
    const rows = [obs({ period: '2020', value: 1 }), obs({ period: '2021', value: 2, unit: 'usd' })];
    const first = indicatorRows(rows, 'oil', 'tonnes');
    expect(indicatorRows(rows, 'oil', 'tonnes')).toBe(first);
    const more = [...rows, obs({ period: '2022', value: 3 })];
    expect(indicatorRows(more, 'oil', 'tonnes').map((r) => r.value)).toEqual([1, 3]);
  });
});

describe('rowPeriods', () => {
  it('is each row’s periodOf, in row order (null when it does not parse), and the same array when asked again', () => {
    const rows = ['2021', '2021-13', '2020-01/2020-06', 'soon', '2019/2020'].map((period) => obs({ period, value: 1 }));
    const periods = rowPeriods(rows);
    expect(periods).toEqual(rows.map((r) => periodOf(r.period)));
    expect(periods.map((p) => p?.granularity ?? null)).toEqual(['year', null, 'months', null, 'years']);
    expect(rowPeriods(rows)).toBe(periods);
  });
});
