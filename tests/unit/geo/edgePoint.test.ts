// Checks where edge markers for partners beyond the window land on the map's border.
import { describe, it, expect } from 'vitest';
import { edgePoint } from '../../../src/lib/geo/edgePoint.ts';
import { partnerAnchor } from '../../../src/lib/geo/partnerAnchors.ts';
import { regionHeightForWidth, regionProjection } from '../../../src/lib/geo/regionProjection.ts';

const WIDTH = 640;
const HEIGHT = regionHeightForWidth(WIDTH);
const projection = regionProjection(WIDTH, HEIGHT);
const MARGIN = 12;

function bearingOf(alpha3: string): number {
  const anchor = partnerAnchor(alpha3);
  if (anchor?.kind !== 'edge') throw new Error(`${alpha3} has no edge bearing`);
  return anchor.bearing;
}

describe('edgePoint', () => {
  it("edgePoint(Italy's bearing) lies on the left border; the bearing is westward", () => {
    const bearing = bearingOf('ITA');
    expect(bearing).toBeGreaterThan(225);
    expect(bearing).toBeLessThan(315);
    const point = edgePoint(bearing, WIDTH, HEIGHT, projection, MARGIN);
    expect(point.side).toBe('left');
    expect(point.x).toBeCloseTo(MARGIN, 6);
    expect(point.y).toBeGreaterThanOrEqual(MARGIN);
    expect(point.y).toBeLessThanOrEqual(HEIGHT - MARGIN);
  });

  it("edgePoint(India's bearing) lies on the right border", () => {
    const point = edgePoint(bearingOf('IND'), WIDTH, HEIGHT, projection, MARGIN);
    expect(point.side).toBe('right');
    expect(point.x).toBeCloseTo(WIDTH - MARGIN, 6);
  });

  it("edgePoint(the USA's bearing) lies on the north-western part of the border", () => {
    const point = edgePoint(bearingOf('USA'), WIDTH, HEIGHT, projection, MARGIN);
    const [bakuX] = projection([49.867, 40.409])!;
    expect(['top', 'left']).toContain(point.side);
    expect(point.x).toBeLessThan(bakuX);
  });

  it('edgePoint(0) and edgePoint(180) lie straight above and below Baku', () => {
    const [bakuX] = projection([49.867, 40.409])!;
    const north = edgePoint(0, WIDTH, HEIGHT, projection, MARGIN);
    const south = edgePoint(180, WIDTH, HEIGHT, projection, MARGIN);
    expect(north).toMatchObject({ side: 'top', y: MARGIN });
    expect(south).toMatchObject({ side: 'bottom', y: HEIGHT - MARGIN });
    expect(north.x).toBeCloseTo(bakuX, 6);
    expect(south.x).toBeCloseTo(bakuX, 6);
  });

  it('edgePoint keeps to the window frame when the figure is wider than the window', () => {
    const wide = regionProjection(1000, 480);
    const point = edgePoint(270, 1000, 480, wide, MARGIN);
    const [left] = wide([20, 40])!;
    expect(point.side).toBe('left');
    expect(point.x).toBeCloseTo(left + MARGIN, 6);
  });
});
