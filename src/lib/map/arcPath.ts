// Arc geometry: a quadratic curve between Baku and a partner, bent per layer, with a chevron for its direction.
import type { FlowDirection, FlowLayer } from './layers.ts';

export type Point = readonly [number, number];

/** How far each layer's arcs bow out, as a share of their length; opposite signs bow to opposite sides. */
export const LAYER_BEND: Readonly<Record<FlowLayer, number>> = {
  oil: 0.14,
  arms: -0.14,
  investment: 0.3,
  visits: -0.3,
};

/** The bend of a layer's arcs: its own when every layer is drawn, a shared one when a layer is alone. */
export function bendFor(layer: FlowLayer, allLayers: boolean): number {
  return allLayers ? LAYER_BEND[layer] : 0.18;
}

export interface ArcGeometry {
  /** SVG path from where the flow starts to where it ends. */
  d: string;
  /** A filled triangle at the curve's middle pointing the way the flow goes; null for `both`. */
  chevron: string | null;
  /** The curve's middle point. */
  mid: Point;
}

const r = (n: number): number => Math.round(n * 10) / 10;
const pt = (p: Point): string => `${r(p[0])},${r(p[1])}`;

/**
 * The arc from the `hub` to a `partner` point. The control point sits off the chord's middle by
 * `bend` × the chord's length, to the left of the hub → partner direction (negative: to the
 * right), so one layer's arcs keep one side whichever way they flow. The path runs from the
 * flow's origin: Baku for `out`, the partner for `in` (and for `both`, from Baku).
 * `width` sizes the chevron so it stays wider than the stroke.
 */
export function arcPath(hub: Point, partner: Point, bend: number, direction: FlowDirection, width: number): ArcGeometry {
  const dx = partner[0] - hub[0];
  const dy = partner[1] - hub[1];
  const length = Math.hypot(dx, dy) || 1;
  // Screen y points down, so (dy, -dx) is the left-hand normal of the hub → partner direction.
  const control: Point = [(hub[0] + partner[0]) / 2 + bend * dy, (hub[1] + partner[1]) / 2 - bend * dx];
  const [from, to] = direction === 'in' ? [partner, hub] : [hub, partner];
  const d = `M${pt(from)}Q${pt(control)} ${pt(to)}`;
  // A quadratic curve's middle is ¼ start + ½ control + ¼ end, and its tangent there is parallel to the chord.
  const mid: Point = [(from[0] + to[0]) / 4 + control[0] / 2, (from[1] + to[1]) / 4 + control[1] / 2];
  if (direction === 'both') return { d, chevron: null, mid };
  const ux = (to[0] - from[0]) / length;
  const uy = (to[1] - from[1]) / length;
  const half = width / 2 + 4;
  const depth = width / 2 + 6;
  const tip: Point = [mid[0] + ux * depth, mid[1] + uy * depth];
  const back: Point = [mid[0] - ux * depth * 0.6, mid[1] - uy * depth * 0.6];
  const chevron =
    `M${pt(tip)}L${pt([back[0] - uy * half, back[1] + ux * half])}` +
    `L${pt([back[0] + uy * half, back[1] - ux * half])}Z`;
  return { d, chevron, mid };
}
