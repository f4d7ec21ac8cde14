import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { rank, type RankQuery } from '../../../src/lib/claims/ops/rank.ts';
import { evaluateClaim } from '../../../src/lib/claims/evaluateClaim.ts';
import { asClaim } from '../../../src/lib/claims/asClaim.ts';
import { summarise, type IndicatorSpec } from '../../../src/lib/data/valueFor.ts';
import { overlapsYears, parsePeriod } from '../../../src/lib/data/parsePeriod.ts';
import type { Observation } from '../../../src/lib/data/types.ts';
import type { RankResult } from '../../../src/lib/claims/types.ts';
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

/** rank as its description reads, one code at a time and without shortcuts: the reference the
 *  one-pass grouping must agree with. */
function plainRank(rows: Observation[], q: RankQuery): RankResult {
  const asked = (r: Observation) => {
    const p = parsePeriod(r.period);
    return r.indicator === q.spec.name && r.unit === q.spec.unit && (q.from === null || r.from === q.from) && (q.to === null || r.to === q.to) && p.ok && overlapsYears(p.period, q.years.start, q.years.end);
  };
  const codes = [...new Set(rows.filter(asked).map((r) => r[q.groupBy]))].filter((c) => !q.isAggregate(c));
  const totals = codes.map((code) => ({ code, value: summarise(rows.filter((r) => asked(r) && r[q.groupBy] === code), q.spec, q.years) }));
  const withFigure = totals.filter((t) => t.value.value !== null) as RankResult['entries'];
  const rankOf = (v: number) => 1 + withFigure.filter((o) => o.value.value > v).length;
  const entries = withFigure
    .map((t) => ({ ...t, rank: rankOf(t.value.value) }))
    .sort((x, y) => x.rank - y.rank || (x.code < y.code ? -1 : 1));
  return {
    kind: 'rank',
    unit: q.spec.unit,
    groupBy: q.groupBy,
    years: q.years,
    entries,
    withoutFigure: totals.filter((t) => t.value.value === null).map((t) => t.code).sort(),
    subject: q.subject,
    subjectEntry: entries.find((e) => e.code === q.subject) ?? null,
    sourceIds: [...new Set(entries.flatMap((e) => e.value.used.map((r) => r.source_id)))],
  };
}

describe('rank (random rows)', () => {
  // Few codes, values and sources, so that groups tie, years hold several figures and aggregates show up.
  const row = fc
    .record({
      indicator: fc.constantFrom('tiv', 'tiv', 'other'),
      unit: fc.constantFrom('tiv_millions', 'tiv_millions', 'usd'),
      from: fc.constantFrom('ISR', 'RUS', 'WLD'),
      to: fc.constantFrom('AZE', 'IND', 'VNM', 'WLD'),
      period: fc.constantFrom('2010', '2011', '2012', '2013', '2011-03', '2012/2013', '2011-13'),
      value: fc.integer({ min: 0, max: 3 }),
      source_id: fc.constantFrom('s1', 's2', 's3'),
      qualifier: fc.constantFrom('exact' as const, 'approx' as const),
    })
    .map(obs);
  const query = fc.record({
    from: fc.constantFrom('ISR', null),
    to: fc.constantFrom('AZE', null),
    groupBy: fc.constantFrom('from' as const, 'to' as const),
    years: fc.constantFrom({ start: 2011, end: 2012 }, { start: 2010, end: 2013 }, { start: 2012, end: 2012 }),
    subject: fc.constantFrom('AZE', 'IND', 'ISR'),
    aggregate: fc.constantFrom<'sum' | 'latest'>('sum', 'latest'),
  });

  it('gives what the plain reference gives: the same entries, ranks, groups without a figure and sources', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), fc.array(query, { minLength: 1, maxLength: 3 }), (rows, queries) => {
        // Several queries on one rows array: the later ones read the periods the first one read.
        for (const { aggregate, ...q } of queries) {
          const full: RankQuery = { ...q, spec: { ...tiv, aggregate }, isAggregate };
          expect(rank(rows, full)).toEqual(plainRank(rows, full));
        }
      }),
      { numRuns: 500 },
    );
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
