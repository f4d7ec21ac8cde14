// Gives each world-atlas country its ISO alpha-3 code, the key the dashboard's data uses, before the map is cut.

import type { GeometryCollection, Topology } from 'topojson-specification';
import { alpha3FromMapId } from './alpha3FromMapId.ts';

/**
 * A copy of `world` (world-atlas, parsed) whose `countries` carry `{ name, alpha3 }`; alpha3 is ""
 * for places without an ISO code (Kosovo, N. Cyprus, Somaliland…). Arcs are shared, not copied.
 */
export function withAlpha3(world: Topology): Topology {
  const countries = world.objects['countries'] as GeometryCollection;
  const geometries = countries.geometries.map((geometry) => ({
    ...geometry,
    properties: {
      name: (geometry.properties as { name?: string } | undefined)?.name ?? '',
      alpha3: geometry.id === undefined ? '' : alpha3FromMapId(String(geometry.id)),
    },
  }));
  return { ...world, objects: { ...world.objects, countries: { ...countries, geometries } } };
}
