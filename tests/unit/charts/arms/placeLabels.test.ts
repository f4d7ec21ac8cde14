// placeLabels and dealLayout: label placement without collisions, and the deals list's lines.
import { describe, it, expect } from 'vitest';
import { placeLabels } from '../../../../src/lib/charts/arms/placeLabels.ts';
import { dealLayout } from '../../../../src/lib/charts/arms/dealLayout.ts';
import { yearRuns } from '../../../../src/lib/charts/arms/editions.ts';
import type { DealMark } from '../../../../src/lib/charts/arms/selectDeals.ts';

describe('placeLabels', () => {
  it('a lone segment is labelled above its start', () => {
    expect(placeLabels([{ x0: 10, x1: 100, y: 50, labelWidth: 20 }])).toEqual([{ x: 13, y: 46, anchor: 'start' }]);
  });

  it('two close segments over the same span (69% and 64%) get labels that do not overlap', () => {
    const [a, b] = placeLabels([
      { x0: 10, x1: 100, y: 50, labelWidth: 22 },
      { x0: 10, x1: 100, y: 57, labelWidth: 22 },
    ]);
    expect(a).toEqual({ x: 13, y: 46, anchor: 'start' });
    expect(b!.y === a!.y && b!.x === a!.x).toBe(false);
    expect(Math.abs(b!.y - a!.y) >= 11 || b!.anchor !== a!.anchor || Math.abs(b!.x - a!.x) > 22).toBe(true);
  });

  it('keeps labels within the bounds when it can', () => {
    const [p] = placeLabels([{ x0: 10, x1: 100, y: 5, labelWidth: 20 }], 0, 200);
    expect(p!.y - 11).toBeGreaterThanOrEqual(0);
  });
});

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
