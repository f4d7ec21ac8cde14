// Checks that the map build is deterministic and that the committed map and anchors are exactly what `npm run build-map` produces today.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { buildRegionMap } from '../../../scripts/map/buildRegionMap.ts';

const read = (path: string): string => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const readWorld = (): Topology => JSON.parse(read('node_modules/world-atlas/countries-50m.json')) as Topology;

// mapshaper reads the whole 50m world each run: a few seconds on a busy two-core machine.
const BUILD_TIMEOUT_MS = 60_000;

describe('buildRegionMap', () => {
  it(
    'buildRegionMap(countries-50m) gives byte-identical outputs twice and reproduces the committed region.topo.json and anchors.json',
    async () => {
      const first = await buildRegionMap(readWorld());
      const second = await buildRegionMap(readWorld());
      expect(second.topoJson).toBe(first.topoJson);
      expect(second.anchorsJson).toBe(first.anchorsJson);
      expect(first.topoJson).toBe(read('public/region.topo.json'));
      expect(first.anchorsJson).toBe(read('src/lib/geo/anchors.json'));
      // The pages read the anchors in the map file, the worker and the tests in anchors.json: one set.
      expect(JSON.parse(first.topoJson).anchors).toEqual(JSON.parse(first.anchorsJson));
    },
    BUILD_TIMEOUT_MS,
  );
});
