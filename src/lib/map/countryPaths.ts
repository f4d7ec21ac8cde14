// SVG path strings for the region's countries at one size, computed once per (features, width, height).
import type { RegionFeature } from '../geo/loadRegion.ts';
import { regionProjection } from '../geo/regionProjection.ts';
import { regionPath } from '../geo/regionPath.ts';

export interface CountryPath {
  id: string;
  alpha3: string;
  d: string;
}

const cache = new WeakMap<readonly RegionFeature[], Map<string, CountryPath[]>>();

/**
 * Every feature projected with {@link regionProjection} for a `width` × `height` figure.
 * Memoised per feature list and size, so redrawing the map for a new state or hover year
 * never re-projects the countries; the same array comes back for the same inputs.
 */
export function countryPaths(features: readonly RegionFeature[], width: number, height: number): CountryPath[] {
  const bySize = cache.get(features) ?? new Map<string, CountryPath[]>();
  cache.set(features, bySize);
  const size = `${width}x${height}`;
  const known = bySize.get(size);
  if (known) return known;
  const project = regionProjection(width, height);
  const paths = features.map((f) => ({ id: f.id, alpha3: f.properties.alpha3, d: regionPath(f.geometry, project) }));
  // A window resize walks through many widths; keep only the last few sizes.
  if (bySize.size >= 4) bySize.delete(bySize.keys().next().value!);
  bySize.set(size, paths);
  return paths;
}
