// Turns the parsed region TopoJSON (public/region.topo.json, fetched by the caller) into labelled GeoJSON features.

import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Properties each country carries in `region.topo.json` (written by `npm run build-map`). */
export interface RegionFileProperties {
  /** Natural Earth's short name ("N. Cyprus", "Iran"). */
  name: string;
  /** ISO 3166-1 alpha-3, or "" for places without an ISO code (Kosovo, Somaliland, N. Cyprus…). */
  alpha3: string;
}

/** A country (or its part inside the window) ready to draw. */
export interface RegionFeature extends Feature<Polygon | MultiPolygon, RegionFileProperties> {
  /**
   * `id ?? name`: the ISO numeric code as a string with its leading zeros ("051"), or for the
   * few places without one, Natural Earth's name ("Kosovo"). Always a string, never a number.
   */
  id: string;
}

/**
 * The region's countries from the parsed TopoJSON, with the file's properties (the map names a
 * country from the data's names, by its alpha-3, never by Natural Earth's short name). Throws if
 * the object has no `countries` collection.
 */
export function loadRegion(topology: Topology): RegionFeature[] {
  const countries = topology.objects?.['countries'];
  if (!countries || countries.type !== 'GeometryCollection') {
    throw new Error('region map: expected a TopoJSON topology with a "countries" GeometryCollection');
  }
  const collection = feature(topology, countries as GeometryCollection<RegionFileProperties>);
  return collection.features.flatMap((country) => {
    const { geometry } = country;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return [];
    const atlasName = country.properties?.name ?? '';
    const alpha3 = country.properties?.alpha3 ?? '';
    const regionFeature: RegionFeature = {
      type: 'Feature',
      id: country.id === undefined ? atlasName : String(country.id),
      properties: { name: atlasName, alpha3 },
      geometry,
    };
    return [regionFeature];
  });
}
