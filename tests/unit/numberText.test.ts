// numberText writes what Intl's English number formats write (Node's Intl is the reference here),
// without the browser loading Intl's locale data on a reader's first load.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compactText, fixedText, ordinalText } from '../../src/lib/text/numberText.ts';

const intl = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat('en', options);
const fixed = [0, 2, 6].map((digits) => [digits, intl({ maximumFractionDigits: digits })] as const);
const compact = intl({ notation: 'compact', maximumSignificantDigits: 4 });
const ordinal = new Intl.PluralRules('en', { type: 'ordinal' });
const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** Doubles of every size, and the decimal figures the data holds (rounding ties such as 1.005 and 999.95). */
const numbers = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1e16, max: 1e16, noNaN: true }),
  fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 7 })).map(([n, places]) => n / 10 ** places),
  fc.constantFrom(0, -0, 0.5, 1.005, 1.015, 2.5, -2.5, 999.95, 999.949, 9999.5, 999_950, 999_949, 1e21, 1.5e-7, 9.9995e14, 123456.785),
);

describe('numberText matches Intl English', () => {
  it('fixedText: at most 0, 2 or 6 decimals, thousands grouped, half away from zero on the shortest decimal form', () => {
    fc.assert(
      fc.property(numbers, (x) => {
        for (const [digits, f] of fixed) expect(fixedText(x, digits)).toBe(f.format(x));
      }),
      { numRuns: 3000 },
    );
  });

  it('compactText: four significant digits, K M B T chosen after rounding', () => {
    fc.assert(fc.property(numbers, (x) => {
      expect(compactText(x)).toBe(compact.format(x));
    }), { numRuns: 3000 });
    expect([999.95, 999_950, 1_234_567, -1234, 1e15].map(compactText)).toEqual(['1K', '1M', '1.235M', '-1.234K', '1000T']);
  });

  it('ordinalText: 1st, 2nd, 3rd, 11th–13th, 21st, 112th', () => {
    fc.assert(fc.property(fc.integer({ min: -100_000, max: 100_000 }), (n) => {
      expect(ordinalText(n)).toBe(`${n}${ORDINAL_SUFFIX[ordinal.select(n)]}`);
    }));
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 111, 112].map(ordinalText).join(' ')).toBe('1st 2nd 3rd 4th 11th 12th 13th 21st 22nd 23rd 111th 112th');
  });
});
