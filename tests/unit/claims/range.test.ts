import { describe, it, expect } from 'vitest';
import { range } from '../../../src/lib/claims/ops/range.ts';
import { evaluateClaim } from '../../../src/lib/claims/evaluateClaim.ts';
import { asClaim } from '../../../src/lib/claims/asClaim.ts';
import { obs, shippedData } from './fixtures.ts';

describe('range (synthetic)', () => {
  const share = (period: string, value: number, more: Partial<Parameters<typeof obs>[0]> = {}) =>
    obs({ indicator: 'share', unit: 'percent', period, value, ...more });
  const rows = [
    share('2020', 30),
    share('2018', 12, { qualifier: 'lower_bound' }),
    share('2019-10/2020-03', 25),
    share('2015', 5),
    share('2021', 50, { unit: 'tonnes' }),
    share('2019', 12, { source_id: 's2' }),
  ];

  it('keeps the figures whose periods overlap the years, ordered by period', () => {
    const r = range(rows, { indicator: 'share', unit: 'percent', years: { start: 2018, end: 2021 }, orderBy: 'period' });
    expect(r.figures.map((f) => f.period)).toEqual(['2018', '2019', '2019-10/2020-03', '2020']);
  });

  it('min and max carry their period, qualifier and source; a tie keeps the earliest period', () => {
    const r = range(rows, { indicator: 'share', unit: 'percent', years: { start: 2018, end: 2021 }, orderBy: 'period' });
    expect(r.min).toMatchObject({ value: 12, period: '2018', qualifier: 'lower_bound', source_id: 's1' });
    expect(r.max).toMatchObject({ value: 30, period: '2020' });
  });

  it('orders by value when grouped by value', () => {
    const r = range(rows, { indicator: 'share', unit: 'percent', years: { start: 2018, end: 2021 }, orderBy: 'value' });
    expect(r.figures.map((f) => f.value)).toEqual([12, 12, 25, 30]);
  });

  it('no figure in the years: no min, no max', () => {
    const r = range(rows, { indicator: 'share', unit: 'percent', years: { start: 2000, end: 2001 }, orderBy: 'period' });
    expect([r.figures.length, r.min, r.max]).toEqual([0, null, null]);
  });
});

describe('range on the shipped data: oil_energy_security', () => {
  const data = shippedData();
  const r = evaluateClaim(asClaim(data.claims.find((c) => c.claim_id === 'oil_energy_security')!), data);

  it('runs from 18 (lower bound, 2023) to 46.4 (2025)', () => {
    if (r.kind !== 'range') throw new Error(r.kind);
    expect(r.min).toMatchObject({ value: 18, period: '2023', qualifier: 'lower_bound', source_id: 'faktyoxla_2024' });
    expect(r.max).toMatchObject({ value: 46.4, period: '2025', source_id: 'cradle_kpler_2026_01' });
  });

  it('every figure is a share of Israel’s crude imports from Azerbaijan, 2012 onwards, in period order', () => {
    if (r.kind !== 'range') throw new Error(r.kind);
    expect(r.figures.length).toBe(10);
    expect(r.figures[0]!.period).toBe('2012');
    expect(r.figures.every((f) => f.indicator === 'israel_crude_import_share' && f.from === 'AZE' && f.to === 'ISR')).toBe(true);
  });
});
