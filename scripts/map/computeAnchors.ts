// Computes where the flow map attaches each partner: a point inside the window, or a bearing from Baku for places beyond it.

import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { geoCentroid, geoContains } from 'd3-geo';
import { alpha3FromMapId } from './alpha3FromMapId.ts';
import { initialBearing } from '../../src/lib/geo/greatCircle.ts';
import { BAKU } from '../../src/lib/geo/hub.ts';
import type { RegionFileProperties } from '../../src/lib/geo/loadRegion.ts';
import type { PartnerAnchors } from '../../src/lib/geo/partnerAnchors.ts';
import { isInWindow, type LonLatWindow } from '../../src/lib/geo/regionWindow.ts';
import { poleOfInaccessibility } from './poleOfInaccessibility.ts';

/**
 * How far (degrees) a centroid must stand from the border on all four sides to be used: about
 * the partner dot's radius (3.5 px) on a desktop-width map, so the dot sits wholly on its land.
 */
const CENTROID_MARGIN = 0.25;

/** A country of the region map as drawn: its part inside the window, simplified. */
export type DrawnCountry = Feature<Polygon | MultiPolygon, RegionFileProperties>;

/**
 * `inside`: for every country drawn in the window, the centroid of its drawn part (so Russia's
 * anchor is in the Caucasus, not in Siberia) — or, where that centroid falls outside it (Israel's
 * lies in the West Bank) or within {@link CENTROID_MARGIN} of its border (Greece's, on the Gulf of
 * Volos), its {@link poleOfInaccessibility}. `bearings`: for every other country
 * in world-atlas, the initial great-circle bearing from Baku to the centroid of the whole
 * country, where the map puts its edge marker. Values are rounded to 2 decimals; keys sorted.
 */
export function computeAnchors(
  drawn: readonly DrawnCountry[],
  world: FeatureCollection,
  window: LonLatWindow,
): { anchors: PartnerAnchors; offCentroid: string[] } {
  const offCentroid: string[] = [];
  const inside: Record<string, [number, number]> = {};
  for (const feature of drawn) {
    const { alpha3 } = feature.properties;
    if (!alpha3) continue;
    const centroid = geoCentroid(feature);
    const clear = clearOfBorder(feature, centroid);
    if (!clear) offCentroid.push(alpha3);
    const [lon, lat] = clear ? centroid : poleOfInaccessibility(feature.geometry);
    // A spherical centroid of a strip along 50°N can sit a hair poleward of it: keep it in the window.
    inside[alpha3] = [
      round2(Math.min(window.east, Math.max(window.west, lon))),
      round2(Math.min(window.north, Math.max(window.south, lat))),
    ];
    if (!isInWindow([lon, lat], window)) console.warn(`anchor for ${alpha3} clamped into the window`);
  }

  const bearings: Record<string, number> = {};
  for (const feature of world.features as Feature[]) {
    if (feature.id === undefined || !feature.geometry) continue;
    const alpha3 = alpha3FromMapId(String(feature.id));
    if (!alpha3 || alpha3 in inside) continue;
    bearings[alpha3] = round2(initialBearing(BAKU, geoCentroid(feature)));
  }
  return { anchors: { inside: sortKeys(inside), bearings: sortKeys(bearings) }, offCentroid };
}

/** Whether `[lon, lat]` and the points CENTROID_MARGIN north, south, east and west of it are all in the country. */
function clearOfBorder(feature: DrawnCountry, [lon, lat]: [number, number]): boolean {
  const m = CENTROID_MARGIN;
  const around: [number, number][] = [[0, 0], [m, 0], [-m, 0], [0, m], [0, -m]];
  return around.every(([dLon, dLat]) => geoContains(feature, [lon + dLon, lat + dLat]));
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
