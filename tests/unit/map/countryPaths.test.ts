// countryPaths: every country projected once per size.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadRegion } from '../../../src/lib/geo/loadRegion.ts';
import { geoMercator, geoPath } from 'd3-geo';
import { countryPaths } from '../../../src/lib/map/countryPaths.ts';
import { REGION_WINDOW } from '../../../src/lib/geo/regionWindow.ts';
import { windowOutline } from '../geo/windowOutline.ts';

const features = loadRegion(JSON.parse(readFileSync('public/region.topo.json', 'utf8')));

describe('countryPaths', () => {
  it('countryPaths(features, 640, 680) draws every feature, Azerbaijan included', () => {
    const paths = countryPaths(features, 640, 680);
    expect(paths).toHaveLength(features.length);
    expect(paths.find((p) => p.alpha3 === 'AZE')!.d).toMatch(/^M/);
  });

  it('countryPaths is memoised per size: the same array for the same size, a new one for another', () => {
    const a = countryPaths(features, 500, 530);
    expect(countryPaths(features, 500, 530)).toBe(a);
    expect(countryPaths(features, 501, 530)).not.toBe(a);
  });

  it('draws exactly what d3-geo draws (Mercator fitted to the window, with its resampling and clipping)', () => {
    const window = { type: 'Polygon' as const, coordinates: [windowOutline(REGION_WINDOW, 1)] };
    for (const [width, height] of [[320, 340], [640, 680], [1280, 640]] as const) {
      const d3Path = geoPath(geoMercator().fitExtent([[0, 0], [width, height]], window));
      expect(countryPaths(features, width, height).map((p) => p.d)).toEqual(features.map((f) => d3Path(f) ?? ''));
    }
  });
});
