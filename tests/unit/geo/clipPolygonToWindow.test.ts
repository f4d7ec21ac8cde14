// Checks the rectangle clipper on hand-made polygons: straddling, concave, covering, holed and missing shapes.
import { describe, it, expect } from 'vitest';
import { geoArea } from 'd3-geo';
import { clipPolygonToWindow, type PolygonRings, type Ring } from '../../../scripts/map/clipPolygonToWindow.ts';

const WINDOW = { west: 0, east: 10, south: 0, north: 10 };

/** A clockwise (d3-geo exterior) rectangle ring. */
function box(west: number, south: number, east: number, north: number): Ring {
  return [
    [west, south],
    [west, north],
    [east, north],
    [east, south],
    [west, south],
  ];
}

/** Signed shoelace area: negative for clockwise rings. */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return sum / 2;
}

function area(polygons: PolygonRings[]): number {
  return polygons.reduce((total, rings) => total + rings.reduce((sum, ring) => sum - signedArea(ring), 0), 0);
}

function allPoints(polygons: PolygonRings[]): [number, number][] {
  return polygons.flat(2);
}

describe('clipPolygonToWindow', () => {
  it('clipPolygonToWindow keeps a polygon inside the window as it is', () => {
    const inside = box(2, 2, 4, 4);
    expect(clipPolygonToWindow([inside], WINDOW)).toEqual([[inside]]);
  });

  it('clipPolygonToWindow drops a polygon outside the window', () => {
    expect(clipPolygonToWindow([box(20, 20, 30, 30)], WINDOW)).toEqual([]);
  });

  it('clipPolygonToWindow cuts a polygon straddling the west edge at the edge, clockwise, with points on the edge exactly', () => {
    const [polygon, ...rest] = clipPolygonToWindow([box(-5, 2, 5, 6)], WINDOW);
    expect(rest).toEqual([]);
    const [exterior] = polygon!;
    expect(signedArea(exterior!)).toBeCloseTo(-20, 9);
    expect(exterior![0]).toEqual(exterior![exterior!.length - 1]);
    for (const [lon, lat] of exterior!) {
      expect(lon).toBeGreaterThanOrEqual(0);
      expect(lat).toBeGreaterThanOrEqual(2);
    }
    expect(exterior!.filter(([lon]) => lon === 0).length).toBeGreaterThanOrEqual(2);
  });

  it('clipPolygonToWindow splits a concave shape crossing an edge twice into separate pieces, with no sliver along the edge', () => {
    // A Π hanging over the north edge: two legs reach into the window, the bar stays outside.
    const arch: Ring = [
      [1, 6],
      [1, 15],
      [9, 15],
      [9, 6],
      [7, 6],
      [7, 12],
      [3, 12],
      [3, 6],
      [1, 6],
    ];
    const pieces = clipPolygonToWindow([arch], WINDOW);
    expect(pieces).toHaveLength(2);
    expect(area(pieces)).toBeCloseTo(2 * 2 * 4, 9);
    for (const [exterior] of pieces) {
      const lons = exterior!.map(([lon]) => lon);
      expect(Math.max(...lons) - Math.min(...lons)).toBeCloseTo(2, 9);
    }
  });

  it('clipPolygonToWindow samples new edges along the border every maxEdgeStep degrees', () => {
    const [polygon] = clipPolygonToWindow([box(1, 5, 9, 20)], WINDOW, { maxEdgeStep: 2 });
    const onNorthEdge = polygon![0]!.slice(0, -1).filter(([, lat]) => lat === 10).map(([lon]) => lon);
    expect(onNorthEdge.sort((a, b) => a - b)).toEqual([1, 2, 4, 6, 8, 9]);
  });

  it('clipPolygonToWindow returns the whole window for a polygon covering it, and keeps holes inside', () => {
    const hole: Ring = [...box(4, 4, 6, 6)].reverse();
    const pieces = clipPolygonToWindow([box(-10, -10, 20, 20), hole], WINDOW);
    expect(pieces).toHaveLength(1);
    expect(pieces[0]).toHaveLength(2);
    expect(area(pieces)).toBeCloseTo(100 - 4, 9);
    expect(geoArea({ type: 'Polygon', coordinates: pieces[0]! })).toBeLessThan(2 * Math.PI);
  });

  it('clipPolygonToWindow opens a hole that crosses the border into a notch', () => {
    const hole: Ring = [...box(8, 4, 12, 6)].reverse();
    const pieces = clipPolygonToWindow([box(-10, -10, 20, 20), hole], WINDOW);
    expect(pieces).toHaveLength(1);
    expect(pieces[0]).toHaveLength(1);
    expect(area(pieces)).toBeCloseTo(100 - 4, 9);
  });

  it('clipPolygonToWindow gives identical border points to two neighbours sharing a crossing edge', () => {
    const left: Ring = [
      [2, 5],
      [2, 14],
      [5, 16],
      [5, 5],
      [2, 5],
    ];
    const right: Ring = [
      [5, 5],
      [5, 16],
      [8, 14],
      [8, 5],
      [5, 5],
    ];
    const leftPoints = allPoints(clipPolygonToWindow([left], WINDOW)).map(String);
    const rightPoints = new Set(allPoints(clipPolygonToWindow([right], WINDOW)).map(String));
    expect(leftPoints.filter((point) => rightPoints.has(point))).toContain('5,10');
  });

  it('clipPolygonToWindow handles a segment that passes through the window with both ends outside', () => {
    // A thin wedge whose long edges cut straight across the window's south-west corner region.
    const wedge: Ring = [
      [-2, 4],
      [-1, 5],
      [5, -1],
      [4, -2],
      [-2, 4],
    ];
    const pieces = clipPolygonToWindow([wedge], WINDOW);
    expect(pieces).toHaveLength(1);
    for (const [lon, lat] of allPoints(pieces)) {
      expect(lon).toBeGreaterThanOrEqual(0);
      expect(lat).toBeGreaterThanOrEqual(0);
    }
    expect(area(pieces)).toBeGreaterThan(0);
  });
});
