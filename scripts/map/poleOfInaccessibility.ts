// The point of a country farthest from its border, by polylabel, measured as the map draws it.
//
// Why: a flow arc must end on the partner's own land, and where a country's centroid falls on
// someone else's (Israel's lies in the West Bank, Palestine's in Israel) or at its coast
// (Greece's), this is the spot where the partner's dot sits wholly on its land.

import type { MultiPolygon, Polygon, Position } from 'geojson';
import { geoMercatorRaw } from 'd3-geo';
import polylabel from 'polylabel';

const RADIANS = Math.PI / 180;
/** Under 65 m on the ground: far finer than a pixel, and cheap for polylabel. */
const PRECISION = 1e-5;

/**
 * The pole of inaccessibility of the geometry's largest polygon, as `[lon, lat]` degrees.
 * polylabel measures in the plane, so it runs on Mercator coordinates (the map's projection),
 * where a degree of longitude is as short next to a degree of latitude as it is on the ground.
 */
export function poleOfInaccessibility(geometry: Polygon | MultiPolygon): [number, number] {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).map((rings) =>
    rings.map((ring) => ring.map(toMercator)),
  );
  const largest = polygons.reduce((best, polygon) => (area(polygon[0]!) > area(best[0]!) ? polygon : best));
  const [x, y] = polylabel(largest, PRECISION);
  const [lambda, phi] = geoMercatorRaw.invert!(x, y);
  return [lambda / RADIANS, phi / RADIANS];
}

function toMercator([lon, lat]: Position): [number, number] {
  return geoMercatorRaw(lon! * RADIANS, lat! * RADIANS);
}

function area(ring: [number, number][]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return Math.abs(sum) / 2;
}
