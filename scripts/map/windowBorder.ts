// The clipping window's border as one line: positions along it, points on it, and paths around it.
import type { LonLatWindow } from '../../src/lib/geo/regionWindow.ts';
import type { Point } from './clipPolygonToWindow.ts';

/** Which window edge a border point lies on, numbered anticlockwise from the south edge. */
export type Edge = 0 | 1 | 2 | 3;
export const SOUTH: Edge = 0;
export const EAST: Edge = 1;
export const NORTH: Edge = 2;
export const WEST: Edge = 3;

/** A point on the window's border, with its distance along the border (anticlockwise from the south-west corner). */
export interface BorderPoint {
  point: Point;
  position: number;
}

/** The window's border: where each corner sits along it, and how to turn a border point into a position. */
export interface BorderGeometry {
  window: LonLatWindow;
  perimeter: number;
  /** Corners in anticlockwise order starting at the south-west, with their border positions. */
  corners: BorderPoint[];
  positionOf(point: Point, edge: Edge): number;
}

export function borderGeometry(window: LonLatWindow): BorderGeometry {
  const { west, east, south, north } = window;
  const width = east - west;
  const height = north - south;
  const positionOf = (point: Point, edge: Edge): number => {
    switch (edge) {
      case SOUTH:
        return point[0] - west;
      case EAST:
        return width + (point[1] - south);
      case NORTH:
        return width + height + (east - point[0]);
      case WEST:
        return 2 * width + height + (north - point[1]);
      default:
        throw new Error(`unknown window edge ${String(edge)}`);
    }
  };
  return {
    window,
    perimeter: 2 * (width + height),
    corners: [
      { point: [west, south], position: 0 },
      { point: [east, south], position: width },
      { point: [east, north], position: width + height },
      { point: [west, north], position: 2 * width + height },
    ],
    positionOf,
  };
}

/**
 * Where segment a–b crosses `edge`, placed exactly on the edge. The endpoints are taken in a fixed
 * order so that two neighbouring countries, which share the segment in opposite directions, get
 * the very same point — otherwise the topology could not recognise their shared border.
 */
export function borderPoint(a: Point, b: Point, edge: Edge, border: BorderGeometry): BorderPoint {
  const [p, q] = a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]) ? [a, b] : [b, a];
  const { west, east, south, north } = border.window;
  let point: Point;
  if (edge === WEST || edge === EAST) {
    const lon = edge === WEST ? west : east;
    point = [lon, clamp(p[1] + ((lon - p[0]) * (q[1] - p[1])) / (q[0] - p[0]), south, north)];
  } else {
    const lat = edge === SOUTH ? south : north;
    point = [clamp(p[0] + ((lat - p[1]) * (q[0] - p[0])) / (q[1] - p[1]), west, east), lat];
  }
  return { point, position: border.positionOf(point, edge) };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/**
 * The points strictly between `from` and `to` when walking clockwise along the border: the
 * corners passed and samples at every multiple of `maxEdgeStep` degrees. Sampling on a fixed
 * grid means neighbouring pieces sample the same edge at the same places.
 */
export function borderPath(from: BorderPoint, to: BorderPoint, border: BorderGeometry, maxEdgeStep: number): Point[] {
  const { perimeter } = border;
  const distance = (from.position - to.position + perimeter) % perimeter;
  const points: Point[] = [];
  // Walk backwards from `from`, visiting every sample position, in order of distance travelled.
  const stops: { travelled: number; point: Point }[] = [];
  const addStop = (position: number): void => {
    const travelled = (from.position - position + perimeter) % perimeter;
    if (travelled > 0 && travelled < distance) stops.push({ travelled, point: pointAtPosition(position, border) });
  };
  for (const corner of border.corners) addStop(corner.position);
  for (const position of gridPositions(border, maxEdgeStep)) addStop(position);
  stops.sort((a, b) => a.travelled - b.travelled);
  for (const stop of stops) points.push(stop.point);
  return points;
}

/** Border positions of every whole multiple of `step` degrees along each edge (corners excluded). */
function gridPositions(border: BorderGeometry, step: number): number[] {
  const { west, east, south, north } = border.window;
  const positions: number[] = [];
  for (let lon = Math.ceil(west / step) * step; lon < east; lon += step) {
    if (lon <= west) continue;
    positions.push(border.positionOf([lon, south], SOUTH), border.positionOf([lon, north], NORTH));
  }
  for (let lat = Math.ceil(south / step) * step; lat < north; lat += step) {
    if (lat <= south) continue;
    positions.push(border.positionOf([east, lat], EAST), border.positionOf([west, lat], WEST));
  }
  return positions;
}

function pointAtPosition(position: number, border: BorderGeometry): Point {
  const { west, east, south, north } = border.window;
  const width = east - west;
  const height = north - south;
  if (position <= width) return [west + position, south];
  if (position <= width + height) return [east, south + (position - width)];
  if (position <= 2 * width + height) return [east - (position - width - height), north];
  return [west, north - (position - 2 * width - height)];
}
