// dealLayout and yearRuns: the deals list's lines, and edition years as runs.
import { describe, it, expect } from 'vitest';
import { dealLayout } from '../../../../src/lib/charts/arms/dealLayout.ts';
import { yearRuns } from '../../../../src/lib/series/yearsWithFigures.ts';
import type { DealMark } from '../../../../src/lib/charts/arms/selectDeals.ts';

describe('dealLayout', () => {
  const mark = (code: string, item: string, value: number): DealMark => ({ code, item, value, unit: 'usd', qualifier: 'exact', periods: ['2023'], rows: [] });

  it('lays deals then cumulative totals out as panels of supplier blocks', () => {
    const layout = dealLayout({ partners: ['ISR', 'RUS'], deals: [mark('ISR', 'A', 2), mark('RUS', 'B', 1)], cumulative: [mark('ISR', 'T', 5)] });
    expect(layout.panels.map((p) => [p.kind, p.line, p.partners.map((b) => [b.code, b.line, b.marks.map((m) => m.line)])])).toEqual([
      ['deals', 0, [['ISR', 1, [2]], ['RUS', 3, [4]]]],
      ['cumulative', 5, [['ISR', 6, [7]]]],
    ]);
    expect(layout.lines).toBe(8);
  });

  it('leaves an empty panel out', () => {
    expect(dealLayout({ partners: [], deals: [], cumulative: [] })).toEqual({ panels: [], lines: 0 });
  });
});

describe('yearRuns', () => {
  it('yearRuns([2024, 2022, 2023, 2019]) is [[2019, 2019], [2022, 2024]]', () => {
    expect(yearRuns([2024, 2022, 2023, 2019])).toEqual([[2019, 2019], [2022, 2024]]);
  });
});
