// The mapshaper command line that turns world-atlas into the regional map: clip, thin, simplify, densify, quantise.

import type { LonLatWindow } from '../../src/lib/geo/regionWindow.ts';

/** The names the commands read and write (mapshaper's in-memory "files"). */
export const WORLD_FILE = 'world.json';
export const REGION_FILE = 'region.topo.json';

/** The settings of {@link regionMapCommands}; see there for why each has its value. */
export const REGION_MAP_SETTINGS = Object.freeze({
  minIslandKm2: 200,
  keepPercent: 25,
  maxEdgeStepDegrees: 2,
  quantization: 1e4,
});

/**
 * Steps, in order:
 * 1. `-clip bbox=`: cut every country to the window, part by part (France's Réunion and the USA,
 *    whose bounds cross the antimeridian, fall away on their own).
 * 2. `-filter-islands`: drop islets under 200 km², a pixel or less at dashboard size. Bahrain's
 *    main island (about 590 km²) is the smallest land that must stay.
 * 3. `-explode`, then `-simplify weighted keep-shapes 25%` (weighted Visvalingam, on the sphere,
 *    keeping a quarter of the removable points): exploded, every island is its own feature, so
 *    keep-shapes spares each Greek island as well as Bahrain, Lebanon or Palestine, where on whole
 *    countries it spares only each country's largest part.
 * 4. `-dissolve … multipart`: regroup the parts by country (names are unique in world-atlas),
 *    keeping the id (`FID`) and `alpha3`, without touching the geometry.
 * 5. `-densify interval=2 planar`, after simplifying so nothing thins it again: d3-geo joins two
 *    points by a great circle, which bows off a parallel, so the window's straight edges (and the
 *    borders drawn along a parallel or meridian, such as Egypt–Sudan on 22°N) get a point at
 *    least every 2° along their lon/lat line.
 * 6. `-o format=topojson quantization=1e4`: shared arcs, integer coordinates on a 1e4 grid
 *    across the window.
 */
export function regionMapCommands(window: LonLatWindow): string {
  const { minIslandKm2, keepPercent, maxEdgeStepDegrees, quantization } = REGION_MAP_SETTINGS;
  return [
    `-i ${WORLD_FILE}`,
    '-target countries',
    `-clip bbox=${window.west},${window.south},${window.east},${window.north}`,
    `-filter-islands min-area=${minIslandKm2}km2`,
    '-explode',
    `-simplify weighted keep-shapes percentage=${keepPercent}%`,
    '-dissolve fields=name copy-fields=FID,alpha3 multipart',
    `-densify interval=${maxEdgeStepDegrees} planar`,
    `-o ${REGION_FILE} format=topojson quantization=${quantization}`,
  ].join(' ');
}
