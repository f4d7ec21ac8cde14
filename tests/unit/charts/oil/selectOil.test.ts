import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readDataDir } from '../../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../../src/lib/data/dashboardData.ts';
import { oilRowsInView, oilSeries, oilKeys, oilKey, oilKeyName } from '../../../../src/lib/charts/oil/selectOil.ts';
import { oilGroups, COLOURED_KEYS } from '../../../../src/lib/charts/oil/oilGroups.ts';
import { countryName } from '../../../../src/lib/geo/countryNames.ts';
import { monthIndex, type Period } from '../../../../src/lib/data/parsePeriod.ts';

const periodMonths = (p: Period) => monthIndex(p.end) - monthIndex(p.start) + 1;
import { DEFAULT_STATE } from '../../../../src/lib/state/viewState.ts';

const data = dashboardData(readDataDir('data'));

describe('oilRowsInView', () => {
  it('2023–2024 in tonnes: Israel figures of every period length, nothing in another unit', () => {
    const rows = oilRowsInView(data.oil, { ...DEFAULT_STATE, start: 2023, end: 2024 });
    expect(rows.every((r) => r.unit === 'tonnes' && r.indicator === 'crude_oil_exports')).toBe(true);
    const israel = rows.filter((r) => r.to === 'ISR').map((r) => r.period);
    expect(israel).toEqual(expect.arrayContaining(['2023-01/2023-11', '2023', '2024-01', '2024-01/2024-09', '2024']));
  });

  it('a range keeps periods that straddle its edge (Oct 2023–Mar 2024 tracking is in 2024)', () => {
    const rows = oilRowsInView(data.oil, { ...DEFAULT_STATE, oil: 'crude_oil_flows_tracked', start: 2024, end: 2024 });
    expect(rows.map((r) => r.period)).toContain('2023-10/2024-03');
  });

  it('US dollars are a separate view', () => {
    const rows = oilRowsInView(data.oil, { ...DEFAULT_STATE, unit: 'usd', start: 2024, end: 2024 });
    expect(rows.find((r) => r.to === 'ISR' && r.period === '2024')).toMatchObject({ value: 713000000, qualifier: 'lower_bound' });
  });

  // The rows of an indicator and their years are kept per table between changes.
  it('any run of choices reads as from a fresh copy of the table', () => {
    const choices = [...data.domain.oilUnits].flatMap(([oil, units]) => units.map((unit) => ({ oil, unit })));
    const ask = fc.record({ choice: fc.constantFrom(...choices), start: fc.integer({ min: 2000, max: 2026 }), span: fc.integer({ min: 0, max: 12 }) });
    fc.assert(
      fc.property(fc.array(ask, { minLength: 1, maxLength: 6 }), (asks) => {
        for (const { choice, start, span } of asks) {
          const state = { ...choice, start, end: start + span };
          expect(oilRowsInView(data.oil, state)).toEqual(oilRowsInView([...data.oil], state));
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('oilSeries', () => {
  const series = oilSeries(oilRowsInView(data.oil, { ...DEFAULT_STATE, start: 2023, end: 2024 }));

  it('one series per destination and source', () => {
    const keys = series.map((s) => `${s.key}|${s.sourceId}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['ISR|isranomics_2024_02_20', 'ISR|globes_2024_05_05', 'ISR|mitk_2025_05_22']));
  });

  it('conflicting figures for the same period are dodged side by side, not merged', () => {
    const jan2024 = series.flatMap((s) => s.marks).filter((m) => m.row.to === 'ISR' && m.row.period === '2024-01');
    expect(jan2024.map((m) => m.dodge).sort()).toEqual([0, 1, 2]);
    expect(jan2024.map((m) => m.row.value).sort()).toEqual([523500, 523500, 523554]);
  });

  it('a January figure, a Jan–Nov total and a full year keep their own lengths', () => {
    const marks = series.flatMap((s) => s.marks).filter((m) => m.row.to === 'ISR');
    const months = new Set(marks.map((m) => periodMonths(m.period)));
    expect([...months]).toEqual(expect.arrayContaining([1, 9, 11, 12]));
  });

  it('Israel is drawn first, then the selection', () => {
    expect(oilKeys(series)[0]).toBe('ISR');
    expect(oilKeys(series, ['THA'])[1]).toBe('THA');
  });
});

describe('context rows (no Azerbaijan end)', () => {
  const name = (code: string) => countryName(code, data.aggregates);

  it("Kazakhstan → Israel tracking figures are their own series, never Israel's", () => {
    const rows = oilRowsInView(data.oil, { ...DEFAULT_STATE, oil: 'crude_oil_flows_tracked', start: 2023, end: 2025 });
    const kaz = rows.filter((r) => r.from === 'KAZ');
    expect(kaz.length).toBeGreaterThan(0);
    for (const r of kaz) expect(oilKey(r)).toBe('KAZ→ISR');
    expect(oilKeyName('KAZ→ISR', name)).toBe('Kazakhstan → Israel');
    const israel = oilSeries(rows).filter((s) => s.key === 'ISR').flatMap((s) => s.marks);
    expect(israel.every((m) => m.row.from === 'AZE')).toBe(true);
  });

  it("Israel's total imports (World → Israel) are named so", () => {
    expect(oilKeyName(oilKey({ from: 'WLD', to: 'ISR' }), name)).toBe('World (all partners) → Israel');
  });
});

describe('oilGroups', () => {
  it(`colours the first ${COLOURED_KEYS} keys and folds the rest into the grey group`, () => {
    const series = oilSeries(oilRowsInView(data.oil, { ...DEFAULT_STATE }));
    const groups = oilGroups(oilKeys(series), series, { countries: [] });
    expect(groups.length).toBeGreaterThan(COLOURED_KEYS);
    expect(groups.slice(0, COLOURED_KEYS).every((g) => !g.folded && g.colour !== 'var(--series-other)')).toBe(true);
    expect(groups.slice(COLOURED_KEYS).every((g) => g.folded && g.colour === 'var(--series-other)')).toBe(true);
    expect(new Set(groups.slice(0, COLOURED_KEYS).map((g) => g.colour)).size).toBe(COLOURED_KEYS);
  });

  it('a selected destination is coloured and named selected even when it has few figures', () => {
    const series = oilSeries(oilRowsInView(data.oil, { ...DEFAULT_STATE }));
    const groups = oilGroups(oilKeys(series, ['THA']), series, { countries: ['THA'] });
    const tha = groups.find((g) => g.key === 'THA')!;
    expect(tha).toMatchObject({ folded: false, emphasis: 'selected' });
  });
});
