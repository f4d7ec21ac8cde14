// Turns the parsed region TopoJSON (public/region.topo.json, fetched by the caller) into labelled GeoJSON
// features, and makes the partner anchors the file carries known to partnerAnchor.

import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { addPartnerAnchors, type PartnerAnchors } from './partnerAnchors.ts';

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

/** The map file: a TopoJSON topology with the partner anchors beside its objects (the build's own member). */
export type RegionTopology = Topology & { anchors?: PartnerAnchors };

/**
 * The region's countries from the parsed TopoJSON, with the file's properties (the map names a
 * country from the data's names, by its alpha-3, never by Natural Earth's short name); the file's
 * partner anchors become partnerAnchor's. Throws if the object has no `countries` collection or
 * no anchors.
 */
export function loadRegion(topology: RegionTopology): RegionFeature[] {
  const countries = topology.objects?.['countries'];
  if (!countries || countries.type !== 'GeometryCollection') {
    throw new Error('region map: expected a TopoJSON topology with a "countries" GeometryCollection');
  }
  const { anchors } = topology;
  if (typeof anchors?.inside !== 'object' || typeof anchors.bearings !== 'object') {
    throw new Error('region map: expected the partner anchors ("anchors": {"inside", "bearings"}) written by npm run build-map');
  }
  addPartnerAnchors(anchors);
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
