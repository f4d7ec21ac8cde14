// Cuts world-atlas country features to the map window, polygon by polygon, and labels them with name and alpha-3.

import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { geoArea } from 'd3-geo';
import { alpha3FromMapId } from './alpha3FromMapId.ts';
import type { RegionFileProperties } from '../../src/lib/geo/loadRegion.ts';
import type { LonLatWindow } from '../../src/lib/geo/regionWindow.ts';
import { clipPolygonToWindow, type PolygonRings } from './clipPolygonToWindow.ts';

export type AtlasFeature = Feature<Polygon | MultiPolygon | null, { name?: string } | null>;
export type RegionFeature = Feature<Polygon | MultiPolygon, RegionFileProperties>;

/** What cutting one feature found, for the build's report. */
export interface CutReport {
  features: RegionFeature[];
  /** Keys (`id ?? name`) of features whose rings had to be reversed after clipping. */
  rewound: string[];
}

/**
 * Keeps, for each feature, only the polygons that reach into `window`, clipped to it.
 * Judging polygon by polygon (not by whole-feature bounds) keeps France (Réunion) and the
 * USA (bounds across the antimeridian) out. Every result is checked with `geoArea`: a ring
 * wound the wrong way would cover the rest of the globe (area > 2π), so it is reversed.
 */
export function cutToWindow(countries: FeatureCollection, window: LonLatWindow, maxEdgeStep: number): CutReport {
  const features: RegionFeature[] = [];
  const rewound: string[] = [];
  for (const feature of countries.features as AtlasFeature[]) {
    const geometry = feature.geometry;
    if (!geometry) continue;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const clipped: PolygonRings[] = [];
    for (const polygon of polygons) {
      if (!reachesWindow(polygon, window)) continue;
      clipped.push(...clipPolygonToWindow(polygon, window, { maxEdgeStep }));
    }
    if (clipped.length === 0) continue;

    const name = feature.properties?.name ?? '';
    const id = feature.id === undefined ? undefined : String(feature.id);
    const cut: RegionFeature = {
      type: 'Feature',
      ...(id === undefined ? {} : { id }),
      properties: { name, alpha3: id === undefined ? '' : alpha3FromMapId(id) },
      geometry:
        clipped.length === 1
          ? { type: 'Polygon', coordinates: clipped[0]! }
          : { type: 'MultiPolygon', coordinates: clipped },
    };
    if (geoArea(cut) > 2 * Math.PI) {
      reverseRings(cut.geometry);
      rewound.push(id ?? name);
    }
    features.push(cut);
  }
  return { features, rewound };
}

/** Whether the polygon's exterior bounding box overlaps the window at all (a cheap first test). */
function reachesWindow(polygon: Position[][], window: LonLatWindow): boolean {
  const exterior = polygon[0] ?? [];
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const [lon, lat] of exterior as [number, number][]) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return west < window.east && east > window.west && south < window.north && north > window.south;
}

function reverseRings(geometry: Polygon | MultiPolygon): void {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) for (const ring of polygon) ring.reverse();
}
