// The whole map build as one pure function: world-atlas in, region TopoJSON and partner anchors out (no file writes).

import type { FeatureCollection } from 'geojson';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { RegionFileProperties } from '../../src/lib/geo/loadRegion.ts';
import type { PartnerAnchors } from '../../src/lib/geo/partnerAnchors.ts';
import { REGION_WINDOW } from '../../src/lib/geo/regionWindow.ts';
import { computeAnchors } from './computeAnchors.ts';
import { cutToWindow } from './cutToWindow.ts';
import { simplifyRegion } from './simplifyRegion.ts';

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
  /** Minified `public/region.topo.json`. */
  topoJson: string;
  /** `src/lib/geo/anchors.json`, one entry a line so a rebuild diffs readably. */
  anchorsJson: string;
  featureCount: number;
  /** Keys (`id ?? name`) of features whose rings were reversed after clipping. */
  rewound: string[];
  /** Keys of features whose largest ring needed extra points to survive simplification. */
  spared: string[];
  /** Alpha-3 codes whose anchor was moved off a centroid that fell outside their own land. */
  offCentroid: string[];
}

/**
 * Cuts `world` (world-atlas countries-50m, parsed) to `REGION_WINDOW`, simplifies it to about a
 * quarter of its points at 1e4 quantisation, and computes the partner anchors. Throws if a
 * country in {@link MUST_SURVIVE} is lost or a feature ends up wound inside out.
 */
export function buildRegionMap(world: Topology): RegionMapBuild {
  const countries = feature(world, world.objects['countries']!) as FeatureCollection;
  const cut = cutToWindow(countries, REGION_WINDOW, 2);
  const { topology, sparedFeatures } = simplifyRegion(cut.features, REGION_WINDOW, {
    keepShare: 0.25,
    minRingPoints: 6,
    minRingArea: 0.02,
    quantization: 1e4,
  });

  const decoded = feature(topology, topology.objects.countries as GeometryCollection<RegionFileProperties>);
  const keys = new Set(decoded.features.map((f) => String(f.id ?? f.properties.name)));
  const lost = Object.keys(MUST_SURVIVE).filter((id) => !keys.has(id));
  if (lost.length) throw new Error(`build-map: simplification lost ${lost.map((id) => MUST_SURVIVE[id]).join(', ')}`);
  const inverted = decoded.features.filter((f) => geoArea(f) >= 2 * Math.PI);
  if (inverted.length) {
    throw new Error(`build-map: inside-out after simplification: ${inverted.map((f) => f.id).join(', ')}`);
  }

  const { anchors, offCentroid } = computeAnchors(cut.features, countries, REGION_WINDOW);
  return {
    topoJson: JSON.stringify(topology),
    anchorsJson: formatAnchors(anchors),
    featureCount: decoded.features.length,
    rewound: cut.rewound,
    spared: sparedFeatures,
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
