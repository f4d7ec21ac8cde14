// tickText writes axis ticks and signed changes exactly as d3-format's "~s", "~r" and "+.1f" did.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { format } from 'd3-format';
import { siText, significantText, signedFixedText } from '../../src/lib/text/tickText.ts';

/** Doubles of every size (with ±0, ±Infinity and NaN), round tick values, and rounding ties. */
const numbers = fc.oneof(
  fc.double(),
  fc.double({ min: -1e16, max: 1e16, noNaN: true }),
  fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 7 })).map(([n, places]) => n / 10 ** places),
  fc.constantFrom(0, -0, 0.5, 2.5e9, 999_999.5, 1_234_567, 1e-30, 1e21, -0.04, 0.05, 0.15, 1.005),
);

describe('tickText matches d3-format', () => {
  it.each([
    ['~s', siText],
    ['~r', significantText],
    ['+.1f', (x: number) => signedFixedText(x, 1)],
  ] as const)('"%s"', (specifier, ours) => {
    const d3 = format(specifier);
    fc.assert(fc.property(numbers, (x) => {
      expect(ours(x)).toBe(d3(x));
    }), { numRuns: 3000 });
  });

  it('writes what readers see on the axes and in the claims', () => {
    expect([0, 500_000, 1_500_000, 2.5e9, 0.5].map(siText)).toEqual(['0', '500k', '1.5M', '2.5G', '500m']);
    expect([0, 2.5, 20, 1_234_567].map(significantText)).toEqual(['0', '2.5', '20', '1234570']);
    expect([55, -46.66, -0.04].map((x) => signedFixedText(x, 1))).toEqual(['+55.0', '−46.7', '−0.0']);
  });
});
