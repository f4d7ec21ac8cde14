// arcWidthScale and referenceValues: monotone widths within the layer's range, nothing for zero.
import { describe, it, expect } from 'vitest';
import { arcWidthScale, referenceValues, widthRangeFor, WIDTH_RANGE } from '../../../src/lib/map/arcWidth.ts';

describe('arcWidthScale', () => {
  const values = [0, 2.4, 13, 80.6, 828.2, null];
  const width = arcWidthScale(values, WIDTH_RANGE.arms);

  it('arcWidthScale(values) grows with the value, from 1.5 px to 14 px at the largest', () => {
    const widths = [2.4, 13, 80.6, 828.2].map((v) => width(v)!);
    for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeGreaterThan(widths[i - 1]!);
    expect(widths.every((w) => w >= 1.5 && w <= 14)).toBe(true);
    expect(width(828.2)).toBeCloseTo(14, 6);
    expect(width(1e-9)).toBeCloseTo(1.5, 3);
  });

  it.each([
    ['zero', 0],
    ['null', null],
    ['negative', -5],
    ['NaN', Number.NaN],
  ])('arcWidthScale(values)(%s) is null: no arc', (_, value) => {
    expect(width(value)).toBeNull();
  });

  it('arcWidthScale of values that are all zero or missing draws nothing', () => {
    expect(arcWidthScale([0, null], WIDTH_RANGE.oil)(0)).toBeNull();
    expect(arcWidthScale([], WIDTH_RANGE.oil)(10)).toBeNull();
  });

  it('contacts are thin arcs: at most 5 px', () => {
    const contacts = arcWidthScale([5, 16, 13], WIDTH_RANGE.visits);
    expect(contacts(16)).toBeCloseTo(5, 6);
    expect(contacts(5)!).toBeLessThan(contacts(13)!);
  });

  it('a value above the largest is drawn at the widest stroke', () => {
    expect(width(5000)).toBeCloseTo(14, 6);
  });
});

describe('referenceValues', () => {
  it.each([
    [942.7, false, [200, 800]],
    [3.64e9, false, [1e9, 3e9]],
    [16, true, [5, 15]],
    [1, true, [1]],
    [0, false, []],
  ])('referenceValues(%d) gives round legend values %j', (max, whole, expected) => {
    expect(referenceValues(max, whole)).toEqual(expected);
  });
});

describe('widthRangeFor', () => {
  it('keeps the full range from 640 px and narrows the widest stroke on a phone, never below half', () => {
    expect(widthRangeFor('oil', 800)).toEqual([1.5, 14]);
    expect(widthRangeFor('oil', 640)).toEqual([1.5, 14]);
    const phone = widthRangeFor('oil', 360)[1];
    expect(phone).toBeLessThan(14);
    expect(phone).toBeGreaterThan(widthRangeFor('oil', 200)[1]);
    expect(widthRangeFor('oil', 100)).toEqual([1.5, 1.5 + 12.5 * 0.5]);
  });
});

describe('arcWidthScale on a large file', () => {
  it('arcWidthScale(200,000 values) finds the largest without overflowing the call stack', () => {
    const values = Array.from({ length: 200_000 }, (_, i) => i + 1);
    expect(arcWidthScale(values, WIDTH_RANGE.arms)(200_000)).toBeCloseTo(14, 6);
  });
});
