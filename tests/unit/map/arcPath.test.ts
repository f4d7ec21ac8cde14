// arcPath: the curve runs from the flow's origin, bows to its layer's side, and its chevron points the flow's way.
import { describe, it, expect } from 'vitest';
import { arcPath, bendFor, LAYER_BEND } from '../../../src/lib/map/arcPath.ts';

const HUB = [400, 300] as const;
const WEST = [100, 300] as const;

/** The numbers of a path string, in order. */
const numbers = (d: string): number[] => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('arcPath', () => {
  it('arcPath(out) starts at Baku and ends at the partner; arcPath(in) runs the other way on the same curve', () => {
    const out = numbers(arcPath(HUB, WEST, 0.2, 'out', 4).d);
    const into = numbers(arcPath(HUB, WEST, 0.2, 'in', 4).d);
    expect(out.slice(0, 2)).toEqual([400, 300]);
    expect(out.slice(-2)).toEqual([100, 300]);
    expect(into.slice(0, 2)).toEqual([100, 300]);
    expect(into.slice(-2)).toEqual([400, 300]);
    // Same control point either way: one curve, two directions.
    expect(into.slice(2, 4)).toEqual(out.slice(2, 4));
  });

  it('arcPath bows by bend × length, to opposite sides for opposite bends', () => {
    const up = numbers(arcPath(HUB, WEST, 0.2, 'out', 4).d);
    const down = numbers(arcPath(HUB, WEST, -0.2, 'out', 4).d);
    // Chord 300 px long, heading west; the control point sits 60 px off its middle (250, 300).
    expect(up.slice(2, 4)).toEqual([250, 360]);
    expect(down.slice(2, 4)).toEqual([250, 240]);
    expect(arcPath(HUB, WEST, 0.2, 'out', 4).mid).toEqual([250, 330]);
  });

  it("arcPath's chevron points from origin to destination and is wider than the stroke", () => {
    const width = 10;
    const out = numbers(arcPath(HUB, WEST, 0, 'out', width).chevron!);
    const into = numbers(arcPath(HUB, WEST, 0, 'in', width).chevron!);
    // Tip first: west of the middle for oil going out to a western partner, east of it for imports.
    expect(out[0]).toBeLessThan(250);
    expect(into[0]).toBeGreaterThan(250);
    const baseHalf = Math.abs(out[3]! - out[5]!) / 2;
    expect(baseHalf).toBeGreaterThan(width / 2);
  });

  it('arcPath(both) has no chevron: contacts go either way', () => {
    expect(arcPath(HUB, WEST, 0.2, 'both', 2).chevron).toBeNull();
  });

  it('bendFor gives each layer its own bend when all are drawn, one shared bend otherwise', () => {
    const bends = (['oil', 'arms', 'investment', 'visits'] as const).map((l) => bendFor(l, true));
    expect(new Set(bends).size).toBe(4);
    expect(bends).toEqual([LAYER_BEND.oil, LAYER_BEND.arms, LAYER_BEND.investment, LAYER_BEND.visits]);
    expect(bendFor('oil', false)).toBe(bendFor('arms', false));
  });
});
