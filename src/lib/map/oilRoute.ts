// The usual way Azerbaijani crude reaches Israel, drawn as a schematic line on the oil layer:
// the Baku–Tbilisi–Ceyhan pipeline, then tankers from Ceyhan to Ashkelon. The waypoints are the
// places' own coordinates, not rows of sources.csv, so the line is labelled "schematic" (issue 4).
import { regionProjection } from '../geo/regionProjection.ts';
import { regionPath } from '../geo/regionPath.ts';

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
  // Straight between waypoints on the map, as a schematic line is (d3 bent its longest legs along
  // great circles, at most 1.4 px off at 1280 px).
  const d = regionPath({ type: 'LineString', coordinates: OIL_ROUTE.map((w) => w.lonLat) }, projection);
  return { d, label: projection(OIL_ROUTE[3]!.lonLat) };
}
