// Turns the cut features into a small TopoJSON: shared arcs, Visvalingam simplification that spares small countries, quantisation.

import type { FeatureCollection } from 'geojson';
import { topology } from 'topojson-server';
import { filter, presimplify, quantile, simplify, type Filter } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { ArcIndexes, GeometryCollection, Topology } from 'topojson-specification';
import type { LonLatWindow } from '../../src/lib/geo/regionWindow.ts';
import type { RegionFileProperties } from '../../src/lib/geo/loadRegion.ts';
import type { RegionFeature } from './cutToWindow.ts';

/** Knobs for {@link simplifyRegion}. */
export interface SimplifyOptions {
  /** Share of (non-endpoint) points to keep, by Visvalingam weight: 0.25 keeps the top quarter. */
  keepShare: number;
  /** Every ring that is kept keeps at least this many points besides its arc endpoints. */
  minRingPoints: number;
  /**
   * Rings smaller than this (square degrees, planar lon/lat) are dropped — islets invisible at
   * dashboard size — except a feature's largest ring, so no country ever disappears.
   */
  minRingArea: number;
  /** Quantisation: grid points across the window. */
  quantization: number;
}

/** What simplification did, for the build's report. */
export interface SimplifyReport {
  topology: Topology<{ countries: GeometryCollection<RegionFileProperties> }>;
  /** Keys (`id ?? name`) of features whose largest ring needed extra points to stay a shape. */
  sparedFeatures: string[];
}

/**
 * Builds the region's topology with one object, `countries`. Points on the window's border are
 * never removed (they keep the cut straight along the parallels), and each feature's largest ring
 * keeps at least `minRingPoints` points, which is what lets Bahrain, Palestine or Lebanon survive
 * a simplification that keeps only a quarter of the points.
 */
export function simplifyRegion(
  features: RegionFeature[],
  window: LonLatWindow,
  options: SimplifyOptions,
): SimplifyReport {
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  // topojson-simplify's typings expect property-less objects; the functions pass properties through.
  type SimplifiableTopology = Parameters<typeof presimplify>[0];
  const weighted = presimplify(topology({ countries: collection }) as unknown as SimplifiableTopology);
  const minWeight = quantile(weighted, options.keepShare);

  keepWindowBorder(weighted, window);

  const keptRings = new Set<ArcIndexes>();
  const sparedFeatures: string[] = [];
  const countries = weighted.objects['countries'] as unknown as GeometryCollection<RegionFileProperties>;
  for (const geometry of countries.geometries) {
    const polygons =
      geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
    const rings = polygons.flat();
    const areas = new Map(rings.map((ring) => [ring, ringArea(weighted, ring)] as const));
    const largest = rings.reduce((best, ring) => (areas.get(ring)! > areas.get(best)! ? ring : best), rings[0]!);
    for (const ring of rings) {
      if (ring !== largest && areas.get(ring)! < options.minRingArea) continue;
      keptRings.add(ring);
      const spared = keepAtLeast(weighted, ring, minWeight, options.minRingPoints);
      if (spared && ring === largest) sparedFeatures.push(String(geometry.id ?? (geometry.properties as RegionFileProperties).name));
    }
  }

  const keepRing = ((ring: unknown) => keptRings.has(ring as ArcIndexes)) as Filter;
  const simplified = filter(simplify(weighted, minWeight), keepRing);
  const quantized = quantize(simplified, options.quantization);
  return {
    topology: quantized as unknown as SimplifyReport['topology'],
    sparedFeatures,
  };
}

/** Gives every point lying exactly on a window edge an infinite weight, so simplification keeps it. */
function keepWindowBorder(weighted: Topology, window: LonLatWindow): void {
  for (const arc of weighted.arcs) {
    for (const point of arc) {
      const [lon, lat] = point as [number, number];
      if (lon === window.west || lon === window.east || lat === window.south || lat === window.north) {
        point[2] = Infinity;
      }
    }
  }
}

/**
 * Makes sure `ring` keeps at least `count` points besides its arc endpoints by raising its
 * heaviest points to infinite weight. Returns whether any point had to be raised.
 */
function keepAtLeast(weighted: Topology, ring: ArcIndexes, minWeight: number, count: number): boolean {
  const inner = ring.flatMap((index) => {
    const arc = weighted.arcs[index < 0 ? ~index : index]!;
    return arc.slice(1, -1);
  });
  const surviving = inner.filter((point) => point[2]! >= minWeight).length;
  if (surviving >= count) return false;
  inner.sort((a, b) => b[2]! - a[2]!);
  for (const point of inner.slice(0, count)) point[2] = Infinity;
  return true;
}

/** Planar lon/lat area of a ring given as arc indexes (negative index = arc reversed). */
function ringArea(weighted: Topology, ring: ArcIndexes): number {
  const points: number[][] = [];
  for (const index of ring) {
    const arc = weighted.arcs[index < 0 ? ~index : index]!;
    const ordered = index < 0 ? [...arc].reverse() : arc;
    points.push(...(points.length ? ordered.slice(1) : ordered));
  }
  let sum = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    sum += points[i]![0]! * points[i + 1]![1]! - points[i + 1]![0]! * points[i]![1]!;
  }
  return Math.abs(sum) / 2;
}
