import { describe, it, expect } from 'vitest';
import { evaluateClaim } from '../../../src/lib/claims/evaluateClaim.ts';
import { asClaim } from '../../../src/lib/claims/asClaim.ts';
import { dateBounds } from '../../../src/lib/claims/dateBounds.ts';
import { datasetRows, indicatorRows } from '../../../src/lib/claims/claimRows.ts';
import { testedClaims } from '../../../src/lib/claims/testedClaims.ts';
import type { Row } from '../../../src/lib/data/types.ts';
import { shippedData } from './fixtures.ts';

const data = shippedData();
const base: Row = {
  claim_id: 'x',
  claim: 'A claim.',
  op: 'change',
  dataset: 'oil-exports',
  indicator: 'crude_oil_exports',
  unit: 'tonnes',
  from: 'AZE',
  to: 'ISR',
  subject: 'ISR',
  period_a: '2023',
  period_b: '2024',
  group_by: 'source',
  view: 'start=2023',
  what_the_collected_data_says: 'Text.',
  source_ids: null,
};
const run = (over: Row) => evaluateClaim(asClaim({ ...base, ...over }), data);

describe('asClaim', () => {
  it('splits source_ids on ";" and turns empty cells into null', () => {
    const c = asClaim({ ...base, source_ids: 'a; b;', from: null, to: '' });
    expect(c.sourceIds).toEqual(['a', 'b']);
    expect([c.from, c.to]).toEqual([null, null]);
  });
});

describe('evaluateClaim', () => {
  it('every shipped claim gives a computed result, none no-data', () => {
    const kinds = data.claims.map((row) => evaluateClaim(asClaim(row), data).kind);
    expect(kinds).toEqual(['change', 'range', 'rank', 'list', 'rank', 'count']);
  });

  it.each([
    ['an unknown indicator', { indicator: 'gold_exports' }, 'no-rows'],
    ['a unit the indicator does not have', { unit: 'megawatts' }, 'no-rows'],
    ['an unknown dataset', { dataset: 'weather' }, 'unknown-dataset'],
    ['an unknown op', { op: 'median' }, 'unknown-op'],
    ['unreadable periods', { period_a: 'last year' }, 'bad-period'],
    ['reversed periods', { period_a: '2024', period_b: '2023' }, 'bad-period'],
    ['no indicator', { indicator: null }, 'unknown-indicator'],
    ['a rank grouped by something else', { op: 'rank', group_by: 'kind' }, 'unknown-grouping'],
    ['a count on a dataset of observations', { op: 'count' }, 'unknown-dataset'],
  ] as [string, Row, string][])('%s gives no-data, never a throw', (_name, over, reason) => {
    expect(run(over)).toEqual({ kind: 'no-data', reason, sourceIds: [] });
  });

  it('a count claim on data with no events says so', () => {
    const r = evaluateClaim(asClaim({ ...base, op: 'count', dataset: 'visits', period_a: '2023-01-01', period_b: '2023-12-31' }), { ...data, visits: [] });
    expect(r).toMatchObject({ kind: 'no-data', reason: 'no-rows' });
  });

  it('an open end of the relation is filled by the subject: no other partner’s figures are mixed in', () => {
    const r = run({ from: null });
    if (r.kind !== 'change') throw new Error(r.kind);
    expect([r.a.value.value, r.b.value.value]).toEqual([2_200_000, 1_173_000]);
  });
});

describe('evaluateClaim on the rows it picks once per rows array', () => {
  it('testing every shipped claim twice gives the same results and leaves the shared picks as a plain filter gives them', () => {
    const first = testedClaims(data);
    expect(testedClaims(data)).toEqual(first);
    for (const { claim } of first) {
      const all = datasetRows(claim.dataset, data);
      if (!all || !claim.indicator || !claim.unit) continue;
      const plain = all.filter((r) => r.indicator === claim.indicator && r.unit === claim.unit);
      const picked = indicatorRows(all, claim.indicator, claim.unit);
      expect(picked.length).toBeGreaterThan(0);
      picked.forEach((r, i) => expect(r).toBe(plain[i]));
      expect(picked).toHaveLength(plain.length);
    }
  });
});

describe('dateBounds', () => {
  it.each([
    ['2023-01-01', '2024-12-31', { start: '2023-01-01', end: '2024-12-31' }],
    ['2023', '2024', { start: '2023-01-01', end: '2024-12-31' }],
    ['2024-02', '2024-02', { start: '2024-02-01', end: '2024-02-29' }],
    ['2024', '2023', null],
    ['soon', '2024', null],
  ])('dateBounds(%s, %s)', (a, b, want) => {
    expect(dateBounds(a, b)).toEqual(want);
  });
});
