// SVG path text for the map's shapes under the region's projection, written as d3-geo's geoPath
// writes it (coordinates to 3 decimals; a ring closed with Z, without repeating its first point).
// d3's path would stream every point through clipping and resampling the map does not need: the
// build cut the shapes to the window and keeps their vertices close (tested against d3-geo).
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { RegionProjection } from './regionProjection.ts';

const round = (v: number) => Math.round(v * 1000) / 1000;

function line(points: Position[], project: RegionProjection, closed: boolean): string {
  // A ring's last point repeats its first; Z draws that side.
  const n = closed ? points.length - 1 : points.length;
  let d = '';
  for (let i = 0; i < n; i++) {
    const [x, y] = project(points[i] as [number, number]);
    d += `${i ? 'L' : 'M'}${round(x)},${round(y)}`;
  }
  return closed ? `${d}Z` : d;
}

const polygon = (rings: Position[][], project: RegionProjection) => rings.map((ring) => line(ring, project, true)).join('');

/** The path of a country (polygon or multipolygon) or of a line. */
export function regionPath(geometry: Polygon | MultiPolygon | LineString, project: RegionProjection): string {
  switch (geometry.type) {
    case 'Polygon':
      return polygon(geometry.coordinates, project);
    case 'MultiPolygon':
      return geometry.coordinates.map((p) => polygon(p, project)).join('');
    case 'LineString':
      return line(geometry.coordinates, project, false);
  }
}
