// Checks the anchor fallback: polylabel's point, taken in Mercator and handed back in lon/lat.
import { describe, it, expect } from 'vitest';
import { geoContains } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import { poleOfInaccessibility } from '../../../scripts/map/poleOfInaccessibility.ts';

/** A clockwise (d3-geo exterior) ring of a lon/lat rectangle. */
function box(west: number, south: number, east: number, north: number): number[][] {
  return [
    [west, south],
    [west, north],
    [east, north],
    [east, south],
    [west, south],
  ];
}

describe('poleOfInaccessibility', () => {
  it('poleOfInaccessibility(a rectangle) is its middle, in lon/lat degrees', () => {
    const [lon, lat] = poleOfInaccessibility({ type: 'Polygon', coordinates: [box(30, 30, 34, 31)] });
    expect(lon).toBeCloseTo(32, 2);
    expect(lat).toBeCloseTo(30.5, 2);
  });

  it('poleOfInaccessibility(a U shape whose centroid is outside it) lies inside the U', () => {
    const u: Polygon = {
      type: 'Polygon',
      coordinates: [[[30, 30], [30, 34], [31, 34], [31, 31], [33, 31], [33, 34], [34, 34], [34, 30], [30, 30]]],
    };
    expect(geoContains(u, poleOfInaccessibility(u))).toBe(true);
  });

  it('poleOfInaccessibility(a MultiPolygon) picks the largest part, like the West Bank over Gaza', () => {
    const parts: MultiPolygon = { type: 'MultiPolygon', coordinates: [[box(34.2, 31.2, 34.5, 31.6)], [box(35, 31.4, 35.5, 32.5)]] };
    const [lon] = poleOfInaccessibility(parts);
    expect(lon).toBeGreaterThan(35);
  });
});
