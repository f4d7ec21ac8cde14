// Finds a point well inside a country: its centroid when that lies on its own land, else the point farthest from its border.
//
// Why: a flow arc must end on the partner's own territory. Israel's centroid falls in the West
// Bank and Palestine's (West Bank plus Gaza) in Israel; an arc drawn there would say something
// the data does not.

import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { geoCentroid, geoContains } from 'd3-geo';

/** `[lon, lat]` in degrees. */
type LonLat = [number, number];

/**
 * The feature's `geoCentroid` if the feature contains it; otherwise an approximate pole of
 * inaccessibility of its largest polygon (the inside point farthest from any edge), found by a
 * grid search refined around the best cell. Falls back to the centroid for a sliver too thin
 * for the grid.
 */
export function interiorPoint(feature: Feature<Polygon | MultiPolygon>): LonLat {
  const centroid = geoCentroid(feature) as LonLat;
  if (geoContains(feature, centroid)) return centroid;
  return farthestFromBorder(largestPolygon(feature.geometry)) ?? centroid;
}

function largestPolygon(geometry: Polygon | MultiPolygon): Position[][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.reduce((best, polygon) =>
    Math.abs(planarArea(polygon[0]!)) > Math.abs(planarArea(best[0]!)) ? polygon : best,
  );
}

/**
 * Grid search for the inside point with the largest distance to the polygon's edges. Distances
 * are measured with longitude shrunk by cos(latitude), which is close enough to the ground at the
 * size of a country.
 */
function farthestFromBorder(polygon: Position[][]): LonLat | undefined {
  const exterior = polygon[0]!;
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const [lon, lat] of exterior as LonLat[]) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  const xScale = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const GRID = 40;
  let best: LonLat = [(west + east) / 2, (south + north) / 2];
  let bestDistance = -Infinity;
  let cellWidth = (east - west) / GRID;
  let cellHeight = (north - south) / GRID;
  let [fromLon, fromLat] = [west, south];
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i <= GRID; i++) {
      for (let j = 0; j <= GRID; j++) {
        const candidate: LonLat = [fromLon + i * cellWidth, fromLat + j * cellHeight];
        if (!polygonContains(polygon, candidate)) continue;
        const distance = distanceToEdges(polygon, candidate, xScale);
        if (distance > bestDistance) {
          bestDistance = distance;
          best = candidate;
        }
      }
    }
    // Refine: search the two cells around the best point on a grid twenty times finer.
    fromLon = best[0] - cellWidth;
    fromLat = best[1] - cellHeight;
    cellWidth /= GRID / 2;
    cellHeight /= GRID / 2;
  }
  return bestDistance > 0 ? best : undefined;
}

/** Even–odd containment over all rings, so holes count as outside. */
function polygonContains(polygon: Position[][], [x, y]: LonLat): boolean {
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as LonLat;
      const [xj, yj] = ring[j] as LonLat;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function distanceToEdges(polygon: Position[][], [x, y]: LonLat, xScale: number): number {
  let nearest = Infinity;
  for (const ring of polygon) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax, ay] = ring[i] as LonLat;
      const [bx, by] = ring[i + 1] as LonLat;
      nearest = Math.min(nearest, segmentDistance((x - ax) * xScale, y - ay, (bx - ax) * xScale, by - ay));
    }
  }
  return nearest;
}

/** Distance from point (px, py) to the segment from the origin to (dx, dy). */
function segmentDistance(px: number, py: number, dx: number, dy: number): number {
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / length2));
  return Math.hypot(px - t * dx, py - t * dy);
}

function planarArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum / 2;
}
