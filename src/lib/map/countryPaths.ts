// SVG path strings for the region's countries under one projection, computed once per size.
import { geoPath, type GeoProjection } from 'd3-geo';
import type { RegionFeature } from '../geo/loadRegion.ts';

export interface CountryPath {
  id: string;
  alpha3: string;
  name: string;
  d: string;
}

/** Projects every feature once; callers memoise on (features, projection). */
export function countryPaths(features: RegionFeature[], projection: GeoProjection): CountryPath[] {
  const path = geoPath(projection);
  return features.map((f) => ({ id: f.id, alpha3: f.properties.alpha3, name: f.properties.name, d: path(f) ?? '' }));
}
