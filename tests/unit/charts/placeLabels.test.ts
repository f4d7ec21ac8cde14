// placeLabels: value labels beside segments, clear of each other, of the segments and of the plot's edges, or left out.
import { describe, it, expect } from 'vitest';
import { placeLabels, valueLabelWidth, type Box, type LabelRequest, type LabelSpot, type PlaceOptions } from '../../../src/lib/charts/placeLabels.ts';

/** A plot too large to constrain anything. */
const WIDE: Box = { x0: -1000, x1: 1000, y0: -1000, y1: 1000 };
const width = (text: string) => text.length * 7;

/** The box a placed label covers, by the documented contract: anchor point, 2px below the baseline. */
function boxOf(spot: LabelSpot, text: string, o: PlaceOptions): Box {
  const w = (o.textWidth ?? valueLabelWidth)(text);
  const h = o.textHeight ?? 12;
  const x0 = spot.anchor === 'start' ? spot.x : spot.anchor === 'end' ? spot.x - w : spot.x - w / 2;
  return { x0, x1: x0 + w, y0: spot.y - h + 2, y1: spot.y + 2 };
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const segmentBox = (r: LabelRequest): Box => ({ x0: r.x0, x1: r.x1, y0: r.y - 1.5, y1: r.y + 1.5 });

/** Every placed label is inside the bounds and clear of every other label, segment and obstacle. */
function expectClear(requests: LabelRequest[], spots: (LabelSpot | null)[], o: PlaceOptions) {
  const boxes = spots.flatMap((s, i) => (s ? [boxOf(s, requests[i]!.text, o)] : []));
  for (const [i, b] of boxes.entries()) {
    expect(b.x0).toBeGreaterThanOrEqual(o.bounds.x0);
    expect(b.x1).toBeLessThanOrEqual(o.bounds.x1);
    expect(b.y0).toBeGreaterThanOrEqual(o.bounds.y0);
    expect(b.y1).toBeLessThanOrEqual(o.bounds.y1);
    for (const other of boxes.slice(i + 1)) expect(overlaps(b, other)).toBe(false);
    for (const s of [...requests.map(segmentBox), ...(o.obstacles ?? [])]) expect(overlaps(b, s)).toBe(false);
  }
}

describe('placeLabels, start-aligned (the arms shares)', () => {
  const o: PlaceOptions = { align: 'start', textHeight: 11, textWidth: width, bounds: WIDE };

  it('placeLabels puts a lone label above the start of its segment', () => {
    expect(placeLabels([{ text: '69%', x0: 10, x1: 100, y: 50 }], o)).toEqual([{ x: 13, y: 44, anchor: 'start' }]);
  });

  it('placeLabels gives 69% and 64% over the same span labels that do not overlap', () => {
    const requests = [
      { text: '69%', x0: 10, x1: 100, y: 50 },
      { text: '64%', x0: 10, x1: 100, y: 57 },
    ];
    const spots = placeLabels(requests, o);
    expect(spots[0]).toEqual({ x: 13, y: 44, anchor: 'start' });
    expect(spots[1]).not.toBeNull();
    expectClear(requests, spots, o);
  });

  it('placeLabels moves a label below its segment at the top edge of the plot', () => {
    const bounds = { x0: 0, x1: 200, y0: 0, y1: 200 };
    const [spot] = placeLabels([{ text: '43%', x0: 10, x1: 100, y: 5 }], { ...o, bounds });
    expect(spot!.y - 11 + 2).toBeGreaterThanOrEqual(0);
    expect(spot!.y).toBeGreaterThan(5);
  });
});

describe('placeLabels, centred (the investment flows)', () => {
  const o: PlaceOptions = { align: 'middle', bounds: { x0: 0, x1: 400, y0: 0, y1: 200 } };

  it('placeLabels puts a lone label above the middle of its segment', () => {
    expect(placeLabels([{ text: '$1M', x0: 100, x1: 200, y: 50 }], o)).toEqual([{ x: 150, y: 44, anchor: 'middle' }]);
  });

  it('placeLabels moves a crowded label below, then leaves it out rather than overlap', () => {
    const same = { text: '$318.9M', x0: 100, x1: 160, y: 50 };
    // No room beside the segment either: the plot ends just past its ends.
    const tight = { ...o, bounds: { x0: 90, x1: 170, y0: 0, y1: 200 } };
    const spots = placeLabels([same, same, same], tight);
    expect(spots).toEqual([{ x: 130, y: 44, anchor: 'middle' }, { x: 130, y: 64, anchor: 'middle' }, null]);
  });

  it('placeLabels puts a crowded label beside its segment when there is room', () => {
    const same = { text: '$318.9M', x0: 100, x1: 160, y: 50 };
    const requests = [same, same, same];
    const spots = placeLabels(requests, o);
    expect(spots[2]).toEqual({ x: 95 - valueLabelWidth(same.text) / 2, y: 54, anchor: 'middle' });
    expectClear(requests, spots, o);
  });

  it('placeLabels keeps labels clear of segments and inside the plot', () => {
    const requests = [{ text: '$490.1M', x0: 380, x1: 400, y: 50 }];
    const withSegment = { ...o, obstacles: [{ x0: 300, x1: 400, y0: 36, y1: 40 }] };
    const [spot] = placeLabels(requests, withSegment);
    expect(spot!.y).toBe(64);
    expect(spot!.x).toBeLessThanOrEqual(400 - 20);
    expectClear(requests, [spot!], withSegment);
  });

  it('placeLabels leaves a label out when no spot fits inside the plot', () => {
    expect(placeLabels([{ text: '$490.1M', x0: 0, x1: 20, y: 10 }], { ...o, bounds: { x0: 0, x1: 30, y0: 0, y1: 20 } })).toEqual([null]);
  });
});

describe('placeLabels on crowded plots', () => {
  /** A small deterministic generator, so a failure reproduces. */
  function random(seed: number) {
    return () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  }

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('placeLabels(seed %i): every label kept is inside the plot and clear of labels and segments', (seed) => {
    const next = random(seed);
    const requests = Array.from({ length: 25 }, () => {
      const x0 = next() * 360;
      return { text: `${Math.round(next() * 1000)}%`, x0, x1: x0 + 10 + next() * 80, y: 10 + next() * 180 };
    });
    const obstacles = [{ x0: 50, x1: 250, y0: 98, y1: 102 }];
    for (const align of ['start', 'middle'] as const) {
      const o: PlaceOptions = { align, textHeight: 11, textWidth: width, obstacles, bounds: { x0: 0, x1: 400, y0: 0, y1: 200 } };
      const spots = placeLabels(requests, o);
      expect(spots).toHaveLength(requests.length);
      expect(spots.some((s) => s !== null)).toBe(true);
      expectClear(requests, spots, o);
    }
  });
});
