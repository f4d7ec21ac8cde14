import { describe, it, expect } from 'vitest';
import { imageFileName } from '../../../src/lib/export/imageFileName.ts';

describe('imageFileName', () => {
  it.each([
    ['oil', '', 'png', 'azerbaijan-ties-oil-2014-2024.png'],
    ['oil', '?countries=ISR&start=2020', 'svg', 'azerbaijan-ties-oil-2020-2024.svg'],
    ['map', '?start=2016&end=2019&layer=arms', 'png', 'azerbaijan-ties-map-2016-2019.png'],
    ['visits', '?chart=visits&end=2022', 'svg', 'azerbaijan-ties-visits-2014-2022.svg'],
    ['arms', '?start=abc&end=20x', 'svg', 'azerbaijan-ties-arms-2014-2024.svg'],
    ['oil', '?start=2030', 'png', 'azerbaijan-ties-oil-2030-2030.png'],
    ['oil', '?start=2022&end=2018', 'png', 'azerbaijan-ties-oil-2014-2024.png'],
  ] as const)('imageFileName(%j, %j, %j) is %s', (id, search, ext, name) => {
    expect(imageFileName(id, search, ext)).toBe(name);
  });
});
