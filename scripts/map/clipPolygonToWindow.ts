// Clips one lon/lat polygon (d3-geo winding) to a lon/lat rectangle, returning clean polygons with no slivers.
//
// Why not plain Sutherland–Hodgman: clipping a concave country against an edge it crosses several
// times (Russia and Kazakhstan along 50°N) leaves zero-width "bridges" running along the edge,
// which then become bogus shared arcs in the topology. Instead each ring is cut into the chains
// that run inside the rectangle, and the chains are rejoined by walking along the rectangle's
// border, so every output ring is a simple piece of the country.
//
// Winding: d3-geo (and world-atlas) draw exterior rings clockwise and holes anticlockwise with
// north up, so the polygon's inside is always on the right of the direction of travel. A chain
// that leaves the rectangle is therefore continued clockwise along the border to the next chain
// that enters it. The result keeps that winding, so `geoArea` stays small.
//
// Planar lon/lat is fine here: the source edges are a few kilometres long, so where a great
// circle and a straight lon/lat segment cross a window edge differs by far less than a pixel.

import type { LonLatWindow } from '../../src/lib/geo/regionWindow.ts';
import {
  borderGeometry, borderPath, borderPoint, EAST, NORTH, SOUTH, WEST,
  type BorderGeometry, type BorderPoint, type Edge,
} from './windowBorder.ts';

/** `[lon, lat]` in degrees. */
export type Point = [number, number];
/** A closed ring: the first point is repeated at the end. */
export type Ring = Point[];
/** An exterior ring followed by its holes. */
export type PolygonRings = Ring[];

/** Options for {@link clipPolygonToWindow}. */
export interface ClipOptions {
  /**
   * Longest step, in degrees, between points inserted along the window's edges. d3-geo joins
   * points by great circles, which bow away from a parallel; short steps keep the cut straight.
   */
  maxEdgeStep?: number;
}

/** A run of a ring inside the window: it enters at its first point and leaves at its last. */
interface Chain {
  points: Point[];
  entry: BorderPoint;
  exit: BorderPoint;
}

/** How far a vertex lying exactly on a window edge is nudged outwards, so no vertex is ambiguous. */
const NUDGE = 1e-9;
/** Below this parameter length a segment merely grazes a corner and is treated as missing the window. */
const GRAZE = 1e-12;

/**
 * Clips `polygon` (exterior ring then holes, closed rings, d3-geo winding) to `window`.
 * Returns zero or more polygons in the same winding; edges created along the window border are
 * sampled every `maxEdgeStep` degrees and placed exactly on the border (no rounding drift).
 */
export function clipPolygonToWindow(
  polygon: readonly (readonly (readonly number[])[])[],
  window: LonLatWindow,
  options: ClipOptions = {},
): PolygonRings[] {
  const maxEdgeStep = options.maxEdgeStep ?? 2;
  const border = borderGeometry(window);
  const chains: Chain[] = [];
  const insideRings: Ring[] = [];
  const outsideRings: Ring[] = [];

  for (const input of polygon) {
    const ring = openRing(input, window);
    if (ring.length < 3) continue;
    const ringChains = chainsInside(ring, window, border);
    if (ringChains === 'inside') insideRings.push(closeRing(ring));
    else if (ringChains.length === 0) outsideRings.push(closeRing(ring));
    else chains.push(...ringChains);
  }

  const exteriors: Ring[] = joinChains(chains, border, maxEdgeStep);
  const holes: Ring[] = [];
  for (const ring of insideRings) (signedArea(ring) < 0 ? exteriors : holes).push(ring);

  // A ring that neither crosses nor lies in the window either misses it or surrounds it. With no
  // chains at all, the window is covered exactly when an odd number of such rings surround it.
  if (chains.length === 0) {
    const centre: Point = [(window.west + window.east) / 2, (window.south + window.north) / 2];
    const surrounding = outsideRings.filter((ring) => ringContains(ring, centre)).length;
    if (surrounding % 2 === 1) exteriors.push(windowRing(border, maxEdgeStep));
  }

  const polygons: PolygonRings[] = exteriors.map((exterior) => [exterior]);
  for (const hole of holes) {
    const owner = polygons.find(([exterior]) => exterior !== undefined && ringContains(exterior, hole[0]!));
    if (owner) owner.push(hole);
  }
  return polygons;
}

/** Drops the closing point and nudges vertices that sit exactly on a window edge just outside it. */
function openRing(input: readonly (readonly number[])[], window: LonLatWindow): Point[] {
  const end = input.length > 1 && samePoint(input[0]!, input[input.length - 1]!) ? input.length - 1 : input.length;
  const ring: Point[] = [];
  for (let i = 0; i < end; i++) {
    let lon = input[i]![0]!;
    let lat = input[i]![1]!;
    if (lon === window.west) lon -= NUDGE;
    if (lon === window.east) lon += NUDGE;
    if (lat === window.south) lat -= NUDGE;
    if (lat === window.north) lat += NUDGE;
    ring.push([lon, lat]);
  }
  return ring;
}

function closeRing(ring: Point[]): Ring {
  return [...ring, [ring[0]![0], ring[0]![1]]];
}

function samePoint(a: readonly number[], b: readonly number[]): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function isInside([lon, lat]: Point, window: LonLatWindow): boolean {
  return lon > window.west && lon < window.east && lat > window.south && lat < window.north;
}

/**
 * Cuts an open ring into the chains that run inside the window. Returns 'inside' when the
 * whole ring is inside (then it needs no cutting) and [] when no part of it is.
 */
function chainsInside(ring: Point[], window: LonLatWindow, border: BorderGeometry): Chain[] | 'inside' {
  const start = ring.findIndex((point) => !isInside(point, window));
  if (start === -1) return 'inside';

  const chains: Chain[] = [];
  let current: { points: Point[]; entry: BorderPoint } | null = null;
  for (let step = 0; step < ring.length; step++) {
    const a = ring[(start + step) % ring.length]!;
    const b = ring[(start + step + 1) % ring.length]!;
    const aInside = isInside(a, window);
    const bInside = isInside(b, window);
    if (aInside && bInside) {
      current!.points.push(b);
      continue;
    }
    const crossing = crossingsOfWindow(a, b, window);
    if (!crossing) continue;
    if (aInside) {
      const exit = borderPoint(a, b, crossing.exitEdge, border);
      current!.points.push(exit.point);
      chains.push({ points: current!.points, entry: current!.entry, exit });
      current = null;
    } else if (bInside) {
      const entry = borderPoint(a, b, crossing.entryEdge, border);
      current = { points: [entry.point, b], entry };
    } else {
      const entry = borderPoint(a, b, crossing.entryEdge, border);
      const exit = borderPoint(a, b, crossing.exitEdge, border);
      chains.push({ points: [entry.point, exit.point], entry, exit });
    }
  }
  return chains;
}

/**
 * Liang–Barsky: which window edges the segment a→b enters and leaves through, or null when it
 * misses the window (or only grazes a corner).
 */
function crossingsOfWindow(a: Point, b: Point, window: LonLatWindow): { entryEdge: Edge; exitEdge: Edge } | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  let entryEdge: Edge | null = null;
  let exitEdge: Edge | null = null;
  // Each edge as p·t ≤ q: the segment is on the window's side of that edge.
  const sides: [number, number, Edge][] = [
    [-dx, a[0] - window.west, WEST],
    [dx, window.east - a[0], EAST],
    [-dy, a[1] - window.south, SOUTH],
    [dy, window.north - a[1], NORTH],
  ];
  for (const [p, q, edge] of sides) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t0) {
        t0 = t;
        entryEdge = edge;
      }
    } else if (t < t1) {
      t1 = t;
      exitEdge = edge;
    }
  }
  if (t1 - t0 <= GRAZE) return null;
  // An endpoint inside the window has no crossing on its side; callers only ask for the other one.
  return { entryEdge: entryEdge ?? WEST, exitEdge: exitEdge ?? WEST };
}

/**
 * Joins chains into closed rings: after each chain leaves the window, walk clockwise along the
 * border (keeping the inside on the right) to the nearest chain entry, and continue with that chain.
 */
function joinChains(chains: Chain[], border: BorderGeometry, maxEdgeStep: number): Ring[] {
  const rings: Ring[] = [];
  const unused = new Set(chains);
  for (const first of chains) {
    if (!unused.has(first)) continue;
    unused.delete(first);
    const ring: Point[] = [...first.points];
    let current = first;
    for (;;) {
      const next = nearestEntryClockwise(current.exit.position, chains, border.perimeter);
      ring.push(...borderPath(current.exit, next.entry, border, maxEdgeStep));
      if (next === first) break;
      if (!unused.has(next)) {
        throw new Error('clipPolygonToWindow: rings do not follow d3-geo winding (exterior clockwise)');
      }
      unused.delete(next);
      ring.push(...next.points);
      current = next;
    }
    ring.push([ring[0]![0], ring[0]![1]]);
    rings.push(ring);
  }
  return rings;
}

/** The chain whose entry comes first when walking clockwise (towards smaller positions) from `position`. */
function nearestEntryClockwise(position: number, chains: Chain[], perimeter: number): Chain {
  let best = chains[0]!;
  let bestDistance = Infinity;
  for (const chain of chains) {
    const distance = (position - chain.entry.position + perimeter) % perimeter;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = chain;
    }
  }
  return best;
}

/** The whole window as a clockwise ring, for a polygon that covers all of it. */
function windowRing(border: BorderGeometry, maxEdgeStep: number): Ring {
  const start = border.corners[0]!;
  const points: Point[] = [start.point, ...borderPath(start, { point: start.point, position: start.position + 1e-9 }, border, maxEdgeStep)];
  return closeRing(points);
}

/** Twice-signed shoelace area in lon/lat: negative for clockwise rings (north up). */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return sum / 2;
}

/** Even–odd point-in-ring test. */
function ringContains(ring: Ring, [x, y]: Point): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
