// The whole map build as one function: world-atlas in, region TopoJSON (by mapshaper) and partner anchors out (no file writes).

import type { FeatureCollection } from 'geojson';
import { geoArea } from 'd3-geo';
import mapshaper from 'mapshaper';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { RegionFileProperties } from '../../src/lib/geo/loadRegion.ts';
import type { PartnerAnchors } from '../../src/lib/geo/partnerAnchors.ts';
import { REGION_WINDOW } from '../../src/lib/geo/regionWindow.ts';
import { computeAnchors, type DrawnCountry } from './computeAnchors.ts';
import { REGION_FILE, WORLD_FILE, regionMapCommands } from './regionMapCommands.ts';
import { withAlpha3 } from './withAlpha3.ts';

/** Countries the dashboard is about that are small enough to be lost by a careless simplification. */
export const MUST_SURVIVE: Readonly<Record<string, string>> = Object.freeze({
  '048': 'Bahrain',
  '196': 'Cyprus',
  '275': 'Palestine',
  '376': 'Israel',
  '422': 'Lebanon',
});

/** The build's outputs, serialised exactly as they are committed, and what it did along the way. */
export interface RegionMapBuild {
  /** Minified `public/region.topo.json`: mapshaper's topology with the partner anchors added (`anchors`),
   *  which the pages read with the map rather than bundle. */
  topoJson: string;
  /** `src/lib/geo/anchors.json`, one entry a line so a rebuild diffs readably. */
  anchorsJson: string;
  featureCount: number;
  /** Points in the topology's arcs (shared borders counted once). */
  vertexCount: number;
  /** Alpha-3 codes whose anchor was moved off a centroid outside or too near their border. */
  offCentroid: string[];
}

/**
 * Runs {@link regionMapCommands} on `world` (world-atlas countries-50m, parsed) and computes the
 * partner anchors on the countries as drawn. Deterministic: the same world gives byte-identical
 * outputs. Rejects if a country in {@link MUST_SURVIVE} is lost or a feature ends up inside out.
 */
export async function buildRegionMap(world: Topology): Promise<RegionMapBuild> {
  // Handed over as text: mapshaper decodes an input object's arcs in place, which would spoil `world`.
  const input = { [WORLD_FILE]: JSON.stringify(withAlpha3(world)) };
  const output = await mapshaper.applyCommands(regionMapCommands(REGION_WINDOW), input);
  const topology = JSON.parse(output[REGION_FILE]!) as Topology;
  const drawn = feature(topology, topology.objects['countries'] as GeometryCollection<RegionFileProperties>)
    .features as DrawnCountry[];

  const keys = new Set(drawn.map((f) => String(f.id ?? f.properties.name)));
  const lost = Object.keys(MUST_SURVIVE).filter((id) => !keys.has(id));
  if (lost.length) throw new Error(`build-map: simplification lost ${lost.map((id) => MUST_SURVIVE[id]).join(', ')}`);
  // d3-geo reads a ring wound the wrong way as the rest of the globe (area over 2π).
  const inverted = drawn.filter((f) => geoArea(f) >= 2 * Math.PI);
  if (inverted.length) throw new Error(`build-map: inside out: ${inverted.map((f) => f.id).join(', ')}`);

  const countries = feature(world, world.objects['countries']!) as FeatureCollection;
  const { anchors, offCentroid } = computeAnchors(drawn, countries, REGION_WINDOW);
  return {
    topoJson: JSON.stringify({ ...topology, anchors }),
    anchorsJson: formatAnchors(anchors),
    featureCount: drawn.length,
    vertexCount: topology.arcs.reduce((sum, arc) => sum + arc.length, 0),
    offCentroid,
  };
}

function formatAnchors(anchors: PartnerAnchors): string {
  const lines = (record: Record<string, unknown>): string =>
    Object.entries(record)
      .map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`)
      .join(',\n');
  return `{\n  "inside": {\n${lines(anchors.inside)}\n  },\n  "bearings": {\n${lines(anchors.bearings)}\n  }\n}\n`;
}
