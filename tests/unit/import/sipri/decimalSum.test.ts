import { describe, it, expect } from 'vitest';
import { sumDecimals } from '../../../../src/lib/import/sipri/decimalSum.ts';

describe('sumDecimals', () => {
  it.each([
    [['0.1', '0.2'], '0.3'],
    [['120.85', '30'], '150.85'],
    [['10.4', '22.6'], '33'],
    [['0.03', '0.003'], '0.033'],
    [['5', '-1.25'], '3.75'],
    [['0'], '0'],
  ])('sumDecimals(%j) is %s, exactly', (texts, sum) => {
    expect(sumDecimals(texts)).toBe(sum);
  });

  it('refuses text that is not a decimal number', () => {
    expect(() => sumDecimals(['1', '2?'])).toThrow(/not a decimal number: "2\?"/);
  });
});
