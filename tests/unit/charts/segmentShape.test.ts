// segmentShape: what a figure's segment draws, from its span, value, qualifier, period and tip.
import { describe, expect, it } from 'vitest';
import { segmentShape, type SegmentShape } from '../../../src/lib/charts/segmentShape.ts';
import { segmentMark } from '../../../src/lib/charts/segmentMarks.ts';

/** What its drawn mark gives a screen reader and the tooltip. */
const said = (s: SegmentShape) => {
  const attrs = segmentMark('k', s).attrs!;
  return { label: attrs['aria-label'], tip: attrs['data-tip'] };
};

describe('segmentShape', () => {
  it('draws a pixel inside its period, with both caps, and names its first year', () => {
    const s = segmentShape([100, 160], 50, 'exact', '2023-01/2023-06', ['Israel', '1M t']);
    expect([s.x1, s.x2, s.y]).toEqual([101, 159, 50]);
    expect(s.caps).toBe('M101,46v8M159,46v8');
    expect(s.bound).toBeNull();
    expect(s.year).toBe(2023);
    expect(said(s).label).toBe('Israel, 1M t');
    expect(said(s).tip).toBe('Israel\n1M t');
    expect(s.more).toBeNull();
  });

  it('keeps a month at least 2 px long', () => {
    const s = segmentShape([100, 101], 10, 'exact', '2024-03', ['x']);
    expect(s.x2 - s.x1).toBe(2);
  });

  it('points a lower bound’s caret up and an upper bound’s down, from the middle of the period', () => {
    expect(segmentShape([0, 100], 50, 'lower_bound', '2020', ['x']).bound).toBe('M46,50 l4,-7 l4,7');
    expect(segmentShape([0, 100], 50, 'upper_bound', '2020', ['x']).bound).toBe('M46,50 l4,7 l4,-7');
    expect(segmentShape([0, 100], 50, 'approx', '2020', ['x']).bound).toBeNull();
  });

  it('says the figures not drawn in its tip and label, and writes "+N more" only where the period is wide enough', () => {
    const wide = segmentShape([0, 100], 50, 'exact', '2020', ['Israel'], 3);
    expect(said(wide).tip).toBe('Israel\n+3 more figures for this period, not drawn: see the data table');
    expect(said(wide).label).toBe('Israel, +3 more figures for this period, not drawn: see the data table');
    expect(wide.more).toBe('+3 more');
    expect(segmentShape([0, 20], 50, 'exact', '2020-01', ['Israel'], 3).more).toBeNull();
  });
});
