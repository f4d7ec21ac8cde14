import { describe, it, expect } from 'vitest';
import { rank } from '../../../src/lib/claims/ops/rank.ts';
import { evaluateClaim } from '../../../src/lib/claims/evaluateClaim.ts';
import { asClaim } from '../../../src/lib/claims/asClaim.ts';
import type { IndicatorSpec } from '../../../src/lib/data/valueFor.ts';
import { obs, shippedData } from './fixtures.ts';

const tiv: IndicatorSpec = { name: 'tiv', unit: 'tiv_millions', aggregate: 'sum', sourcePreference: ['s1', 's2'] };
const t = (to: string, period: string, value: number, more: Partial<Parameters<typeof obs>[0]> = {}) =>
  obs({ indicator: 'tiv', unit: 'tiv_millions', from: 'ISR', to, period, value, ...more });
const isAggregate = (c: string) => c === 'WLD' || c.startsWith('REG_');

describe('rank (synthetic)', () => {
  const rows = [
    t('IND', '2011', 10),
    t('IND', '2012', 10),
    t('AZE', '2011', 8),
    t('AZE', '2012', 4),
    t('AZE', '2012', 99, { source_id: 's2' }),
    t('VNM', '2012', 12),
    t('WLD', '2011', 500),
    t('REG_EUROPE', '2011', 300),
    t('USA', '2012-01/2012-06', 1000),
    t('GBR', '2013', 1000),
    t('IND', '2011', 7, { from: 'RUS' }),
  ];
  const q = { spec: tiv, from: 'ISR', to: null, groupBy: 'to' as const, years: { start: 2011, end: 2012 }, subject: 'AZE', isAggregate };

  it('totals each receiver over the years from the preferred source, largest first', () => {
    const r = rank(rows, q);
    expect(r.entries.map((e) => [e.code, e.value.value, e.rank])).toEqual([
      ['IND', 20, 1],
      ['AZE', 12, 2],
      ['VNM', 12, 2],
    ]);
    expect(r.subjectEntry?.rank).toBe(2);
  });

  it('leaves out aggregates, other senders and years outside the range; partial periods are not ranked', () => {
    const r = rank(rows, q);
    expect(r.entries.map((e) => e.code)).not.toContain('WLD');
    expect(r.entries.map((e) => e.code)).not.toContain('GBR');
    expect(r.withoutFigure).toEqual(['USA']);
  });

  it('groups by sender when asked, any sender when `from` is empty', () => {
    const r = rank(rows, { ...q, from: null, to: 'IND', groupBy: 'from', subject: 'ISR' });
    expect(r.entries.map((e) => [e.code, e.value.value])).toEqual([
      ['ISR', 20],
      ['RUS', 7],
    ]);
  });

  it('a subject with no figure has no rank', () => {
    expect(rank(rows, { ...q, subject: 'ARM' }).subjectEntry).toBeNull();
  });
});

describe('rank on the shipped data', () => {
  const data = shippedData();
  const claim = (id: string) => asClaim(data.claims.find((c) => c.claim_id === id)!);

  it('arms_largest_buyer: India 2732, Azerbaijan 872, Azerbaijan 2nd (2011–2020)', () => {
    const r = evaluateClaim(claim('arms_largest_buyer'), data);
    if (r.kind !== 'rank') throw new Error(r.kind);
    expect(r.entries.slice(0, 2).map((e) => [e.code, e.value.value])).toEqual([
      ['IND', 2732],
      ['AZE', 872],
    ]);
    expect(r.subjectEntry?.rank).toBe(2);
    expect(r.subjectEntry?.value.coverage).toMatchObject({ n: 10, m: 10 });
    expect(r.entries.some((e) => data.aggregates.some((a) => a.code === e.code))).toBe(false);
  });

  it('uae_main_arab_investor: the UAE is 3rd of the 4 investors whose 2024 flows were collected', () => {
    const r = evaluateClaim(claim('uae_main_arab_investor'), data);
    if (r.kind !== 'rank') throw new Error(r.kind);
    expect(r.entries.map((e) => [e.code, e.value.value])).toEqual([
      ['GBR', 1_740_000_000],
      ['TUR', 1_210_000_000],
      ['ARE', 490_100_000],
      ['USA', 149_800_000],
    ]);
    expect(r.subjectEntry?.rank).toBe(3);
  });
});
