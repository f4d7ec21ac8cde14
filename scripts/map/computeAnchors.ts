// Computes where the flow map attaches each partner: a point inside the window, or a bearing from Baku for places beyond it.

import type { Feature, FeatureCollection } from 'geojson';
import { geoCentroid } from 'd3-geo';
import { alpha3FromMapId } from './alpha3FromMapId.ts';
import { initialBearing } from '../../src/lib/geo/greatCircle.ts';
import { BAKU } from '../../src/lib/geo/hub.ts';
import type { PartnerAnchors } from '../../src/lib/geo/partnerAnchors.ts';
import { isInWindow, type LonLatWindow } from '../../src/lib/geo/regionWindow.ts';
import type { RegionFeature } from './cutToWindow.ts';
import { interiorPoint } from './interiorPoint.ts';

/**
 * `inside`: for every country with territory in the window, the centroid of the part inside it
 * (so Russia's anchor is in the Caucasus, not in Siberia) — or, where that centroid falls on
 * someone else's land (Israel's lies in the West Bank), the point of that part farthest from its
 * border; see {@link interiorPoint}. `bearings`: for every other country
 * in world-atlas, the initial great-circle bearing from Baku to the centroid of the whole
 * country, where the map puts its edge marker. Values are rounded to 2 decimals; keys sorted.
 */
export function computeAnchors(
  cut: readonly RegionFeature[],
  world: FeatureCollection,
  window: LonLatWindow,
): { anchors: PartnerAnchors; offCentroid: string[] } {
  const offCentroid: string[] = [];
  const inside: Record<string, [number, number]> = {};
  for (const feature of cut) {
    const { alpha3 } = feature.properties;
    if (!alpha3) continue;
    const [lon, lat] = interiorPoint(feature);
    const centroid = geoCentroid(feature);
    if (lon !== centroid[0] || lat !== centroid[1]) offCentroid.push(alpha3);
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

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
