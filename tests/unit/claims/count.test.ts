import { describe, it, expect } from 'vitest';
import { count } from '../../../src/lib/claims/ops/count.ts';
import { evaluateClaim } from '../../../src/lib/claims/evaluateClaim.ts';
import { asClaim } from '../../../src/lib/claims/asClaim.ts';
import { event, shippedData } from './fixtures.ts';

describe('count (synthetic)', () => {
  const events = [
    event({ start_date: '2023-01-01', guest: 'ARE' }),
    event({ start_date: '2023-05-01', host: 'ARE', guest: 'AZE', kind: 'call' }),
    event({ start_date: '2022-12-30', end_date: '2023-01-02', guest: 'USA' }),
    event({ start_date: '2024-12-31', guest: 'USA' }),
    event({ start_date: '2025-01-01', guest: 'ARE' }),
    event({ start_date: '2023-02-17', host: 'DEU', guest: 'ISR', kind: 'third_country_meeting' }),
    event({ start_date: '2022-12-01', guest: 'ISR' }),
  ];
  const r = count(events, { start: '2023-01-01', end: '2024-12-31', subject: 'ARE', kinds: 'all' });

  it('counts contacts overlapping the inclusive dates, per partner, most first; ties share a rank', () => {
    expect(r.entries.map((e) => [e.code, e.count, e.rank])).toEqual([
      ['ARE', 2, 1],
      ['USA', 2, 1],
      ['ISR', 1, 3],
    ]);
    expect(r.total).toBe(5);
  });

  it('counts calls apart, and a third-country meeting for its guest', () => {
    expect(r.subjectEntry).toMatchObject({ count: 2, calls: 1, rank: 1 });
    expect(r.entries.find((e) => e.code === 'ISR')?.calls).toBe(0);
  });

  it('a subject with no contact has no entry', () => {
    expect(count(events, { start: '2023-01-01', end: '2024-12-31', subject: 'TUR', kinds: 'all' }).subjectEntry).toBeNull();
  });
});

describe('count on the shipped data: uae_visit_frequency', () => {
  const data = shippedData();
  const r = evaluateClaim(asClaim(data.claims.find((c) => c.claim_id === 'uae_visit_frequency')!), data);

  it('counts what its view (kinds=visits) shows: UAE 9, United States 8, Türkiye 6, Israel 4, no calls; the UAE is 1st', () => {
    if (r.kind !== 'count') throw new Error(r.kind);
    expect(r.kinds).toBe('visits');
    expect(r.entries.map((e) => [e.code, e.count, e.calls])).toEqual([
      ['ARE', 9, 0],
      ['USA', 8, 0],
      ['TUR', 6, 0],
      ['ISR', 4, 0],
    ]);
    expect(r.total).toBe(27);
    expect(r.subjectEntry?.rank).toBe(1);
  });

  it('with calls counted too (kinds=all): United States 16 (8 calls), UAE 13 (4 calls), Türkiye 6, Israel 5 (1 call)', () => {
    const all = count(data.visits, { start: '2023-01-01', end: '2024-12-31', subject: 'ARE', kinds: 'all' });
    expect(all.entries.map((e) => [e.code, e.count, e.calls])).toEqual([
      ['USA', 16, 8],
      ['ARE', 13, 4],
      ['TUR', 6, 0],
      ['ISR', 5, 1],
    ]);
    expect(all.total).toBe(40);
    expect(all.subjectEntry?.rank).toBe(2);
  });

  it('a claim whose view names no kinds counts every contact', () => {
    const row = { ...data.claims.find((c) => c.claim_id === 'uae_visit_frequency')!, view: 'start=2023&end=2024' };
    const open = evaluateClaim(asClaim(row), data);
    expect(open.kind === 'count' && [open.kinds, open.total]).toEqual(['all', 40]);
  });

  it('matches a count straight from visits.csv’s start dates', () => {
    const inRange = data.visits.filter((e) => e.start_date >= '2023-01-01' && e.start_date <= '2024-12-31');
    expect(inRange.length).toBe(40);
  });
});
