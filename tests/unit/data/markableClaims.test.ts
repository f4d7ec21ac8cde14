import { describe, it, expect } from 'vitest';
import { markableClaims } from '../../../src/lib/data/markableClaims.ts';

const row = (patch: Record<string, string | null> = {}) => ({
  claim_id: 'c1', claim: 'A claim.', dataset: 'oil-exports', subject: 'ISR', period_a: '2023', period_b: '2024', verdict: 'supported', ...patch,
});

describe('markableClaims', () => {
  it.each([
    ['years', { period_a: '2023', period_b: '2024' }, 2023, 2024],
    ['one year', { period_a: '2024', period_b: '2024' }, 2024, 2024],
    ['dates', { period_a: '2023-01-01', period_b: '2024-12-31' }, 2023, 2024],
    ['year ranges (shares over five years)', { period_a: '2014/2018', period_b: '2017/2021' }, 2014, 2021],
    ['months', { period_a: '2023-03', period_b: '2023-11' }, 2023, 2023],
  ])('reads the years of %s', (_, periods, start, end) => {
    expect(markableClaims([row(periods)]).get('c1')).toMatchObject({ start, end });
  });

  it('keeps the words, dataset, subject and verdict of each claim, in file order', () => {
    const claims = markableClaims([row(), row({ claim_id: 'c2', verdict: '', subject: 'AZE' })]);
    expect([...claims.keys()]).toEqual(['c1', 'c2']);
    expect(claims.get('c1')).toEqual({ text: 'A claim.', dataset: 'oil-exports', start: 2023, end: 2024, subject: 'ISR', verdict: 'supported' });
    expect(claims.get('c2')).toMatchObject({ subject: 'AZE', verdict: null });
  });

  it.each([
    ['no id', { claim_id: '' }],
    ['an unreadable period', { period_a: 'last year' }],
    ['a reversed pair', { period_a: '2024', period_b: '2020' }],
    ['an empty period', { period_b: null }],
  ])('leaves out a claim with %s', (_, patch) => {
    expect(markableClaims([row(patch)]).size).toBe(0);
  });

  it('keeps the first of two rows with the same id', () => {
    expect(markableClaims([row(), row({ claim: 'Other.' })]).get('c1')?.text).toBe('A claim.');
  });
});
