// SVG path strings for the region's countries at one size, computed once per (features, width, height).
import { geoPath } from 'd3-geo';
import type { RegionFeature } from '../geo/loadRegion.ts';
import { regionProjection } from '../geo/regionProjection.ts';

export interface CountryPath {
  id: string;
  alpha3: string;
  name: string;
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
  // The build cut the map to the window and keeps its vertices close (window edges every 2°, and a
  // parallel or meridian is straight in Mercator), so d3's adaptive resampling and antimeridian
  // clipping add nothing here: skipping them draws the same paths (tested) in a third of the time.
  const path = geoPath(regionProjection(width, height).precision(0).preclip((stream) => stream));
  const paths = features.map((f) => ({ id: f.id, alpha3: f.properties.alpha3, name: f.properties.name, d: path(f) ?? '' }));
  // A window resize walks through many widths; keep only the last few sizes.
  if (bySize.size >= 4) bySize.delete(bySize.keys().next().value!);
  bySize.set(size, paths);
  return paths;
}
