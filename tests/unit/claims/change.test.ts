import { describe, it, expect } from 'vitest';
import { change } from '../../../src/lib/claims/ops/change.ts';
import { evaluateClaim } from '../../../src/lib/claims/evaluateClaim.ts';
import { asClaim } from '../../../src/lib/claims/asClaim.ts';
import { obs, shippedData, sumSpec } from './fixtures.ts';

const y = (start: number, end = start) => ({ start, end });

describe('change (synthetic)', () => {
  const rows = [
    obs({ period: '2023', value: 200 }),
    obs({ period: '2023', value: 150, source_id: 's2', qualifier: 'lower_bound' }),
    obs({ period: '2024', value: 100, source_id: 's2' }),
    obs({ period: '2024-01/2024-09', value: 400 }),
    obs({ period: '2022-12', value: 9 }),
    obs({ period: '2024', value: 5, unit: 'usd' }),
  ];

  it('compares the preferred full-year figures: 200 → 100 is −50%', () => {
    const r = change(rows, { spec: sumSpec, a: y(2023), b: y(2024), bySource: false });
    expect(r.a.value.value).toBe(200);
    expect(r.b.value.value).toBe(100);
    expect(r.absolute).toBe(-100);
    expect(r.percent).toBe(-50);
    expect(r.bySource).toEqual([]);
  });

  it('keeps partial periods of the years apart and never adds them; other units are ignored', () => {
    const r = change(rows, { spec: sumSpec, a: y(2023), b: y(2024), bySource: false });
    expect(r.partial.map((p) => p.period)).toEqual(['2024-01/2024-09']);
    expect(r.b.value.value).toBe(100);
  });

  it('grouped by source: every full-year figure of each year, the used one first', () => {
    const r = change(rows, { spec: sumSpec, a: y(2023), b: y(2024), bySource: true });
    expect(r.bySource.map((f) => [f.year, f.figures.map((x) => x.value)])).toEqual([
      [2023, [200, 150]],
      [2024, [100]],
    ]);
    expect(r.sourceIds).toEqual(['s1', 's2']);
  });

  it('a side with no full-year figure gives no change', () => {
    const r = change(rows, { spec: sumSpec, a: y(2021), b: y(2024), bySource: false });
    expect(r.a.value.value).toBeNull();
    expect(r.absolute).toBeNull();
    expect(r.percent).toBeNull();
  });

  it('a first figure of 0 gives an absolute change but no percentage', () => {
    const r = change([obs({ period: '2020', value: 0 }), obs({ period: '2021', value: 5 })], { spec: sumSpec, a: y(2020), b: y(2021), bySource: false });
    expect(r.absolute).toBe(5);
    expect(r.percent).toBeNull();
  });

  it('multi-year sides sum their years (sum indicators)', () => {
    const many = [2019, 2020, 2021, 2022].map((year, i) => obs({ period: String(year), value: i + 1 }));
    const r = change(many, { spec: sumSpec, a: y(2019, 2020), b: y(2021, 2022), bySource: false });
    expect([r.a.value.value, r.b.value.value, r.percent]).toEqual([3, 7, (4 / 3) * 100]);
  });
});

describe('change on the shipped data: oil_55pct_2024', () => {
  const data = shippedData();
  const claim = asClaim(data.claims.find((c) => c.claim_id === 'oil_55pct_2024')!);
  const r = evaluateClaim(claim, data);

  it('computes the change from 2.2 Mt (2023) to 1.173 Mt (2024): about −46.7%, not +55%', () => {
    if (r.kind !== 'change') throw new Error(r.kind);
    expect(r.a.value).toMatchObject({ value: 2_200_000, qualifier: 'approx', sources: ['faktyoxla_2024'] });
    expect(r.b.value).toMatchObject({ value: 1_173_000, qualifier: 'exact', sources: ['mitk_2025_05_22'] });
    expect(r.absolute).toBe(-1_027_000);
    expect(r.percent).toBeCloseTo(-46.68, 2);
  });

  it('lists both 2024 full-year figures by source, and the partial periods as not full years', () => {
    if (r.kind !== 'change') throw new Error(r.kind);
    const y2024 = r.bySource.find((f) => f.year === 2024)!;
    expect(y2024.figures.map((f) => [f.value, f.qualifier, f.source_id])).toEqual([
      [1_173_000, 'exact', 'mitk_2025_05_22'],
      [1_000_000, 'lower_bound', 'mee_haaretz_2025_06'],
    ]);
    expect(new Set(r.partial.map((p) => p.period))).toEqual(new Set(['2023-01/2023-11', '2024-01', '2024-01/2024-09']));
    expect(r.partial.find((p) => p.period === '2024-01/2024-09')?.value).toBe(2_372_248);
    expect(r.partial.every((p) => p.unit === 'tonnes' && p.to === 'ISR')).toBe(true);
  });
});
