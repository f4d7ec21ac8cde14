import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { sharedRanks } from '../../../src/lib/claims/sharedRanks.ts';

/** The definition the rank and count tests report: 1 + how many values are strictly larger. */
const byDefinition = (values: number[]) => values.map((v) => 1 + values.filter((o) => o > v).length);
const largestFirst = (values: number[]) => [...values].sort((a, b) => b - a);

describe('sharedRanks', () => {
  it.each([
    [[], []],
    [[7], [1]],
    [[5, 5, 3], [1, 1, 3]],
    [[9, 4, 4, 4, 1], [1, 2, 2, 2, 5]],
    [[0, -0, -2], [1, 1, 3]],
  ])('sharedRanks(%j) is %j', (values, ranks) => {
    expect(sharedRanks(values)).toEqual(ranks);
  });

  it('is 1 + how many values are strictly larger, for any values sorted largest first', () => {
    const values = fc.oneof(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 30 }), fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 30 }));
    fc.assert(
      fc.property(values.map(largestFirst), (sorted) => {
        expect(sharedRanks(sorted)).toEqual(byDefinition(sorted));
      }),
      { numRuns: 500 },
    );
  });
});
