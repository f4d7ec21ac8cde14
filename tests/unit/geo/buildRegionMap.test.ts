// Checks that the committed map and anchors are exactly what `npm run build-map` produces today.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { buildRegionMap } from '../../../scripts/map/buildRegionMap.ts';

const read = (path: string): string => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe('buildRegionMap', () => {
  it('buildRegionMap(countries-50m) reproduces the committed region.topo.json and anchors.json', () => {
    const world = JSON.parse(read('node_modules/world-atlas/countries-50m.json')) as Topology;
    const build = buildRegionMap(world);
    expect(build.topoJson).toBe(read('public/region.topo.json'));
    expect(build.anchorsJson).toBe(read('src/lib/geo/anchors.json'));
  });
});
