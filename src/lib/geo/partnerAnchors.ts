// Where the flow map attaches a partner: a point inside the window, or an edge marker on its bearing from Baku.
// The anchors come with the map: `npm run build-map` writes them into region.topo.json (read by
// loadRegion, on the pages that draw the map) and, one a line, into anchors.json (everyPartnerAnchor.ts,
// for the import worker and the tests). Bundled into the pages, they were 2 KB gzip of their first load.

/** The shape of the anchors, written by `npm run build-map`. */
export interface PartnerAnchors {
  /** Alpha-3 → `[lon, lat]` centroid of the country's part inside the window. */
  inside: Record<string, [number, number]>;
  /** Alpha-3 → initial great-circle bearing from Baku, degrees clockwise from north, for countries outside the window. */
  bearings: Record<string, number>;
}

/** A partner's place on the map: a point in the window, or a bearing for an edge marker. */
export type PartnerAnchor =
  | { kind: 'inside'; lonLat: [number, number] }
  | { kind: 'edge'; bearing: number };

const PARTNER_ANCHORS: PartnerAnchors = { inside: {}, bearings: {} };

/** Makes `anchors` known to {@link partnerAnchor}. */
export function addPartnerAnchors(anchors: PartnerAnchors): void {
  Object.assign(PARTNER_ANCHORS.inside, anchors.inside);
  Object.assign(PARTNER_ANCHORS.bearings, anchors.bearings);
}

/**
 * The anchor for a country's alpha-3 code. `undefined` for aggregates (`WLD`, `EUU`…), which
 * are never places on the map, for codes world-atlas has no shape for, and before the anchors
 * are known.
 */
export function partnerAnchor(alpha3: string): PartnerAnchor | undefined {
  const lonLat = Object.hasOwn(PARTNER_ANCHORS.inside, alpha3) ? PARTNER_ANCHORS.inside[alpha3] : undefined;
  if (lonLat) return { kind: 'inside', lonLat: [lonLat[0], lonLat[1]] };
  const bearing = Object.hasOwn(PARTNER_ANCHORS.bearings, alpha3) ? PARTNER_ANCHORS.bearings[alpha3] : undefined;
  if (bearing !== undefined) return { kind: 'edge', bearing };
  return undefined;
}
