// Builds the regional map: mapshaper cuts and simplifies world-atlas into public/region.topo.json; writes the partner anchors.
//
// Run with `npm run build-map`. Deterministic: the same world-atlas gives byte-identical files.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { buildRegionMap } from './map/buildRegionMap.ts';

const fromRoot = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** The budget the unit tests hold the map file to (zlib's default gzip level). */
const GZIP_BUDGET = 15 * 1024;

const world = JSON.parse(readFileSync(fromRoot('node_modules/world-atlas/countries-50m.json'), 'utf8')) as Topology;
const started = performance.now();
const build = await buildRegionMap(world);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
writeFileSync(fromRoot('public/region.topo.json'), build.topoJson);
writeFileSync(fromRoot('src/lib/geo/anchors.json'), build.anchorsJson);

const raw = Buffer.byteLength(build.topoJson);
const gzip = gzipSync(build.topoJson).length;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `public/region.topo.json: ${build.featureCount} features, ${build.vertexCount} points, ` +
    `${raw} B (${kb(raw)}) raw, ${gzip} B (${kb(gzip)}) gzip; budget ${kb(GZIP_BUDGET)}; built in ${seconds} s`,
);
const anchors = JSON.parse(build.anchorsJson) as { inside: object; bearings: object };
console.log(
  `src/lib/geo/anchors.json: ${Object.keys(anchors.inside).length} inside, ${Object.keys(anchors.bearings).length} bearings; ` +
    `moved off a centroid outside or near their border: ${build.offCentroid.join(', ') || 'none'}`,
);
if (gzip > GZIP_BUDGET) {
  console.error('build-map: public/region.topo.json is over its gzip budget');
  process.exitCode = 1;
}
