// The map's border as a loop: edge markers move along it, measured clockwise from the bottom-right corner.
import type { MapSide } from '../geo/edgePoint.ts';

/** The rectangle edge markers sit on, in pixels. */
export interface Border {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A point on the border and the side it is on. */
export interface BorderPoint {
  x: number;
  y: number;
  side: MapSide;
}

/** Distance along the border from the bottom-right corner, clockwise (few partners fall at that corner). */
export function toPerimeter(x: number, y: number, side: MapSide, b: Border): number {
  const w = b.right - b.left;
  const h = b.bottom - b.top;
  if (side === 'bottom') return b.right - x;
  if (side === 'left') return w + (b.bottom - y);
  if (side === 'top') return w + h + (x - b.left);
  return 2 * w + h + (y - b.top);
}

/** The border point at a distance along the border (the inverse of toPerimeter). */
export function fromPerimeter(s: number, b: Border): BorderPoint {
  const w = b.right - b.left;
  const h = b.bottom - b.top;
  if (s <= w) return { x: b.right - s, y: b.bottom, side: 'bottom' };
  if (s <= w + h) return { x: b.left, y: b.bottom - (s - w), side: 'left' };
  if (s <= 2 * w + h) return { x: b.left + (s - w - h), y: b.top, side: 'top' };
  return { x: b.right, y: b.top + (s - 2 * w - h), side: 'right' };
}

/** The border points next to a point closer than `within` to the border (two near a corner). */
export function nearSides(x: number, y: number, b: Border, within: number): BorderPoint[] {
  const clampX = Math.min(b.right, Math.max(b.left, x));
  const clampY = Math.min(b.bottom, Math.max(b.top, y));
  const sides: { d: number; x: number; y: number; side: MapSide }[] = [
    { d: x - b.left, x: b.left, y: clampY, side: 'left' },
    { d: b.right - x, x: b.right, y: clampY, side: 'right' },
    { d: y - b.top, x: clampX, y: b.top, side: 'top' },
    { d: b.bottom - y, x: clampX, y: b.bottom, side: 'bottom' },
  ];
  return sides.filter((s) => s.d < within);
}
