// linearScale puts every figure on the pixel d3-scale's scaleLinear puts it, with the same ticks and nice ends.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import { linearScale } from '../../../src/lib/charts/linearScale.ts';

const figure = fc.oneof(
  fc.constant(0),
  fc.double({ min: 1e-3, max: 1e12, noNaN: true }),
  fc.double({ min: -1e12, max: -1e-3, noNaN: true }),
  fc.integer({ min: -1e6, max: 1e6 }),
);

function d3Scale(domain: [number, number], range: [number, number], nice: boolean) {
  const s = scaleLinear().domain(domain).range(range);
  return nice ? s.nice() : s;
}

describe('linearScale', () => {
  it('maps figures, ticks and domain ends as scaleLinear does (any domain, reversed or empty too)', () => {
    fc.assert(fc.property(figure, figure, figure, figure, fc.array(figure, { maxLength: 6 }), fc.integer({ min: 1, max: 12 }), (a, b, r0, r1, xs, count) => {
      const d3 = d3Scale([a, b], [r0, r1], false);
      const ours = linearScale([a, b], [r0, r1]);
      expect(ours.domain()).toEqual(d3.domain());
      expect(ours.range()).toEqual(d3.range());
      expect(ours.ticks(count)).toEqual(d3.ticks(count));
      for (const x of xs) expect(Object.is(ours(x), d3(x)), `${x} → ${ours(x)} vs ${d3(x)}`).toBe(true);
    }), { numRuns: 3000 });
  });

  it('widens a domain from zero to round ends as scaleLinear().nice() does, upward or downward', () => {
    fc.assert(fc.property(figure, figure, figure, fc.array(figure, { maxLength: 6 }), (max, r0, r1, xs) => {
      for (const domain of [[0, max], [max, 0]] as [number, number][]) {
        const d3 = d3Scale(domain, [r0, r1], true);
        const ours = linearScale(domain, [r0, r1], { nice: true });
        expect(ours.domain()).toEqual(d3.domain());
        expect(ours.ticks()).toEqual(d3.ticks());
        for (const x of xs) expect(Object.is(ours(x), d3(x))).toBe(true);
      }
    }), { numRuns: 3000 });
    expect(linearScale([0, 873], [300, 0], { nice: true }).domain()).toEqual([0, 900]);
  });
});
