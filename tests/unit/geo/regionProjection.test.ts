// Checks the map projection is fitted to the window rectangle, not to the features.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { geoArea, geoMercator } from 'd3-geo';
import {
  REGION_ASPECT_RATIO,
  regionHeightForWidth,
  regionProjection,
  windowFrame,
} from '../../../src/lib/geo/regionProjection.ts';
import { REGION_WINDOW } from '../../../src/lib/geo/regionWindow.ts';
import { windowOutline } from './windowOutline.ts';

const { west, east, south, north } = REGION_WINDOW;

function expectPoint(actual: [number, number], expected: [number, number]): void {
  expect(actual[0]).toBeCloseTo(expected[0], 1);
  expect(actual[1]).toBeCloseTo(expected[1], 1);
}

describe('regionProjection', () => {
  it("regionProjection(640, regionHeightForWidth(640)) maps the window's corners to the extent's corners", () => {
    const height = regionHeightForWidth(640);
    const projection = regionProjection(640, height);
    expectPoint(projection([west, north]), [0, 0]);
    expectPoint(projection([east, north]), [640, 0]);
    expectPoint(projection([west, south]), [0, height]);
    expectPoint(projection([east, south]), [640, height]);
  });

  it("regionProjection(640, 480) maps the window's corners to the corners of the extent's centred part it fills", () => {
    const projection = regionProjection(640, 480);
    const frameWidth = 480 / REGION_ASPECT_RATIO;
    const left = (640 - frameWidth) / 2;
    expectPoint(projection([west, north]), [left, 0]);
    expectPoint(projection([east, north]), [left + frameWidth, 0]);
    expectPoint(projection([west, south]), [left, 480]);
    expectPoint(projection([east, south]), [left + frameWidth, 480]);
  });

  it('regionProjection(640, 480, 10) keeps the window inside the padding', () => {
    const frame = windowFrame(regionProjection(640, 480, 10));
    expect(frame.y0).toBeCloseTo(10, 1);
    expect(frame.y1).toBeCloseTo(470, 1);
    expect(frame.x0).toBeGreaterThan(10);
    expect(frame.x1).toBeLessThan(630);
  });

  it('regionProjection(800, 600) is fitted to the window, not to the features: Moscow and Almaty fall outside', () => {
    const projection = regionProjection(800, 600);
    const frame = windowFrame(projection);
    const [, moscowY] = projection([37.62, 55.76])!;
    const [almatyX] = projection([76.95, 43.24])!;
    expect(moscowY).toBeLessThan(frame.y0);
    expect(almatyX).toBeGreaterThan(frame.x1);
  });

  it('regionProjection keeps the window a rectangle: parallels stay horizontal, meridians vertical', () => {
    const projection = regionProjection(640, 480);
    expect(projection([42.5, north])![1]).toBeCloseTo(projection([west, north])![1], 6);
    expect(projection([west, 30])![0]).toBeCloseTo(projection([west, south])![0], 6);
  });

  it('REGION_ASPECT_RATIO is Mercator\'s height-to-width ratio for 20–65°E, 10–50°N', () => {
    const mercatorY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
    const expected = (mercatorY(north) - mercatorY(south)) / (((east - west) * Math.PI) / 180);
    expect(REGION_ASPECT_RATIO).toBeCloseTo(expected, 9);
  });
});

describe('windowOutline', () => {
  it('windowOutline() is a closed, clockwise ring: geoArea is the window, not the rest of the globe', () => {
    const ring = windowOutline();
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(geoArea({ type: 'Polygon', coordinates: [ring] })).toBeLessThan(2 * Math.PI);
  });
});

describe('regionProjection against d3-geo', () => {
  it("gives exactly the pixels of d3's geoMercator().fitExtent(extent, window outline), for any size, padding and point", () => {
    const window = { type: 'Polygon' as const, coordinates: [windowOutline(REGION_WINDOW, 1)] };
    fc.assert(
      fc.property(
        fc.integer({ min: 120, max: 2000 }),
        fc.double({ min: 100, max: 2000, noNaN: true }),
        fc.integer({ min: 0, max: 40 }),
        fc.array(fc.tuple(fc.double({ min: -179, max: 179, noNaN: true }), fc.double({ min: -80, max: 80, noNaN: true })), { minLength: 1, maxLength: 8 }),
        (width, height, padding, points) => {
          const d3 = geoMercator().fitExtent([[padding, padding], [width - padding, height - padding]], window);
          const ours = regionProjection(width, height, padding);
          for (const p of points) expect(ours(p)).toEqual(d3(p));
        },
      ),
      { numRuns: 500 },
    );
  });
});
