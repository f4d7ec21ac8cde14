// The edge marker's glyph: a small triangle pointing off the map, where the partner lies.
import type { MapSide } from '../geo/edgePoint.ts';

/** A triangle at an edge marker pointing off the map across `side`: the partner lies beyond the border. */
export function edgeGlyph(x: number, y: number, side: MapSide, size = 6): string {
  const [ux, uy] = side === 'left' ? [-1, 0] : side === 'right' ? [1, 0] : side === 'top' ? [0, -1] : [0, 1];
  const tip = [x + ux * size, y + uy * size];
  const a = [x - ux * size * 0.6 - uy * size, y - uy * size * 0.6 + ux * size];
  const c = [x - ux * size * 0.6 + uy * size, y - uy * size * 0.6 - ux * size];
  const f = (p: number[]) => `${Math.round(p[0]! * 10) / 10},${Math.round(p[1]! * 10) / 10}`;
  return `M${f(tip)}L${f(a)}L${f(c)}Z`;
}
