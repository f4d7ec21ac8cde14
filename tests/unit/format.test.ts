import { describe, it, expect } from 'vitest';
import { formatDays, formatPeriod, formatQualified, formatTick, formatValue } from '../../src/lib/format.ts';
import { list } from '../../src/lib/strings.ts';

describe('formatPeriod', () => {
  it.each([
    ['2023', '2023'],
    ['2024-01', 'Jan 2024'],
    ['2023-01/2023-11', 'Jan–Nov 2023'],
    ['2023-10/2024-03', 'Oct 2023–Mar 2024'],
    ['2014/2018', '2014–2018'],
  ])('formatPeriod(%j) is %j', (p, text) => expect(formatPeriod(p)).toBe(text));
});

describe('formatQualified', () => {
  it.each([
    [2200000, 'tonnes', 'approx', '≈2.2M t'],
    [713000000, 'usd', 'lower_bound', '≥$713M'],
    [15000000000, 'usd', 'upper_bound', '≤$15B'],
    [94000, 'barrels_per_day', 'estimate', '94K b/d (est.)'],
    [872, 'tiv_millions', 'exact', '872 TIV'],
    [46.4, 'percent', null, '46.4%'],
  ] as const)('formatQualified(%d, %s, %s) is %j', (v, unit, q, text) => expect(formatQualified(v, unit, q)).toBe(text));

  it('TIV is never printed as money', () => expect(formatValue(150.85, 'tiv_millions')).not.toMatch(/\$/));
});

describe('formatTick', () => {
  it.each([
    ['usd', 2e9, '$2B'],
    ['usd', 5e8, '$500M'],
    ['tonnes', 2e6, '2M'],
    ['tiv_millions', 200, '200'],
    ['percent', 40, '40'],
  ])('formatTick(%j)(%d) is %j', (unit, n, text) => expect(formatTick(unit)(n)).toBe(text));
});

// As Chromium's Intl wrote them for readers before the page stopped loading Intl (British English, "Sept").
describe('formatDays', () => {
  it.each([
    ['2023-09-19', null, '19 Sept 2023'],
    ['2023-05-30', '2023-05-30', '30 May 2023'],
    ['2023-05-30', '2023-05-31', '30 – 31 May 2023'],
    ['2023-05-30', '2023-06-02', '30 May – 2 Jun 2023'],
    ['2023-12-30', '2024-01-02', '30 Dec 2023 – 2 Jan 2024'],
  ])('formatDays(%j, %j) is %j', (start, end, text) => expect(formatDays(start, end)).toBe(text));
});

describe('list', () => {
  it('joins names as Intl’s English list does', () => {
    const intl = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
    for (const names of [[], ['Israel'], ['Israel', 'Türkiye'], ['Israel', 'the USA', 'the UAE'], ['A', 'B', 'C', 'D']]) {
      expect(list(names)).toBe(intl.format(names));
    }
  });
});
