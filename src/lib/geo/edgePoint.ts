// Places an edge marker: where a ray leaving Baku on a partner's bearing meets the map's border.

import { pointAlongBearing } from './greatCircle.ts';
import { BAKU } from './hub.ts';
import { windowFrame, type RegionProjection } from './regionProjection.ts';

/** Which side of the map an edge marker sits on (label placement depends on it). */
export type MapSide = 'left' | 'right' | 'top' | 'bottom';

/** An edge marker's position in pixels and the side of the map it is on. */
export interface EdgePoint {
  x: number;
  y: number;
  side: MapSide;
}

/**
 * Where the ray from Baku at `bearing` (degrees clockwise from north) meets the map's border,
 * `margin` pixels inside it. The border is the window's frame under `projection`, cut to the
 * `width` × `height` figure. The ray's screen direction is taken from a point 1° along the great
 * circle: it approximates the great circle's first stretch, which is what a reader's eye follows.
 */
export function edgePoint(
  bearing: number,
  width: number,
  height: number,
  projection: RegionProjection,
  margin = 12,
): EdgePoint {
  const frame = windowFrame(projection);
  const left = Math.max(0, frame.x0) + margin;
  const right = Math.min(width, frame.x1) - margin;
  const top = Math.max(0, frame.y0) + margin;
  const bottom = Math.min(height, frame.y1) - margin;

  const [x0, y0] = projection([BAKU[0], BAKU[1]]);
  const [x1, y1] = projection(pointAlongBearing(BAKU, bearing, 1));
  const dx = x1 - x0;
  const dy = y1 - y0;

  // The nearest border the ray reaches, as a multiple of (dx, dy).
  const hits: { t: number; side: MapSide }[] = [];
  if (dx < 0) hits.push({ t: (left - x0) / dx, side: 'left' });
  if (dx > 0) hits.push({ t: (right - x0) / dx, side: 'right' });
  if (dy < 0) hits.push({ t: (top - y0) / dy, side: 'top' });
  if (dy > 0) hits.push({ t: (bottom - y0) / dy, side: 'bottom' });
  const hit = hits.reduce((nearest, candidate) => (candidate.t < nearest.t ? candidate : nearest));

  return {
    x: Math.min(right, Math.max(left, x0 + hit.t * dx)),
    y: Math.min(bottom, Math.max(top, y0 + hit.t * dy)),
    side: hit.side,
  };
}
