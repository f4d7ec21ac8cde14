import { describe, it, expect } from 'vitest';
import { parsePeriod, monthIndex, overlapsYears, type Period } from '../../../src/lib/data/parsePeriod.ts';

const periodMonths = (p: Period) => monthIndex(p.end) - monthIndex(p.start) + 1;

describe('parsePeriod accepts the four forms', () => {
  it.each([
    ['2023', 2023, 1, 2023, 12, 'year', 12],
    ['1999', 1999, 1, 1999, 12, 'year', 12],
    ['2024-01', 2024, 1, 2024, 1, 'month', 1],
    ['2024-12', 2024, 12, 2024, 12, 'month', 1],
    ['2023-01/2023-11', 2023, 1, 2023, 11, 'months', 11],
    ['2019-01/2019-06', 2019, 1, 2019, 6, 'months', 6],
    ['2023-10/2024-03', 2023, 10, 2024, 3, 'months', 6],
    ['2023-11/2025-09', 2023, 11, 2025, 9, 'months', 23],
    ['2014/2018', 2014, 1, 2018, 12, 'years', 60],
    ['2000/2021', 2000, 1, 2021, 12, 'years', 264],
  ] as const)('parsePeriod(%j) spans %i-%i to %i-%i', (text, y1, m1, y2, m2, granularity, months) => {
    const r = parsePeriod(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.period.start).toEqual({ year: y1, month: m1 });
    expect(r.period.end).toEqual({ year: y2, month: m2 });
    expect(r.period.granularity).toBe(granularity);
    expect(periodMonths(r.period)).toBe(months);
  });
});

describe('parsePeriod rejects everything else', () => {
  it.each([
    ['2023-13', /01–12/],
    ['2023-00', /01–12/],
    ['2024/2023', /end after/],
    ['2023/2023', /end after/],
    ['2023-05/2023-02', /end after/],
    ['2023-05/2023-05', /end after/],
    ['2023-01/2023-13', /01–12/],
    ['20X3', /must be/],
    ['', /must be/],
    [' 2023', /must be/],
    ['2023 ', /must be/],
    ['23', /must be/],
    ['2023-1', /must be/],
    ['2023-01-15', /must be/],
    ['2023–2024', /must be/],
    ['2023/24', /must be/],
    ['Q1 2023', /must be/],
  ])('parsePeriod(%j) is rejected', (text, reason) => {
    const r = parsePeriod(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});

describe('overlapsYears', () => {
  it('a Jan–Nov 2023 figure overlaps 2023 but not 2024', () => {
    const r = parsePeriod('2023-01/2023-11');
    if (!r.ok) throw new Error('expected a period');
    expect(overlapsYears(r.period, 2023, 2023)).toBe(true);
    expect(overlapsYears(r.period, 2024, 2025)).toBe(false);
  });
});
