// The usual way Azerbaijani crude reaches Israel, drawn as a schematic line on the oil layer:
// the Baku–Tbilisi–Ceyhan pipeline, then tankers from Ceyhan to Ashkelon. The waypoints are the
// places' own coordinates, not rows of sources.csv, so the line is labelled "schematic" (issue 4).
import { geoPath } from 'd3-geo';
import type { LineString } from 'geojson';
import { regionProjection } from '../geo/regionProjection.ts';

/** Sangachal terminal (Baku), Tbilisi, Erzurum, Ceyhan, then by sea to Ashkelon; [lon, lat]. */
export const OIL_ROUTE: readonly { name: string; lonLat: [number, number] }[] = [
  { name: 'Sangachal', lonLat: [49.47, 40.18] },
  { name: 'Tbilisi', lonLat: [44.79, 41.72] },
  { name: 'Erzurum', lonLat: [41.27, 39.9] },
  { name: 'Ceyhan', lonLat: [35.88, 36.87] },
  { name: 'Ashkelon', lonLat: [34.57, 31.67] },
];

/** The route's SVG path on a map `width` × `height`, and where its label sits (at Ceyhan). */
export function oilRoutePath(width: number, height: number): { d: string; label: [number, number] } {
  const projection = regionProjection(width, height);
  const line: LineString = { type: 'LineString', coordinates: OIL_ROUTE.map((w) => w.lonLat) };
  const ceyhan = projection(OIL_ROUTE[3]!.lonLat) ?? [0, 0];
  return { d: geoPath(projection)(line) ?? '', label: [ceyhan[0], ceyhan[1]] };
}
