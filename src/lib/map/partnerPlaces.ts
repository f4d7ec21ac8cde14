// Where each partner sits on the map: its inside anchor, or an edge marker spread along the border with its label.
import { max, min } from 'd3-array';
import type { Aggregation } from '../data/types.ts';
import { edgePoint, type MapSide } from '../geo/edgePoint.ts';
import { partnerAnchor } from '../geo/partnerAnchors.ts';
import { windowFrame, type RegionProjection } from '../geo/regionProjection.ts';
import { fromPerimeter, nearSides, toPerimeter, type Border, type BorderPoint } from './mapBorder.ts';
import { spreadAlong } from './spreadAlong.ts';

/** Pixels between an edge marker and the map's border. */
export const EDGE_MARGIN = 14;
const LABEL_CHAR = 6.6;
const LINE = 24;

export interface PartnerPlace {
  code: string;
  name: string;
  kind: 'inside' | 'edge';
  x: number;
  y: number;
  /** Edge markers only: the border they sit on. */
  side: MapSide | null;
  label: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
}

/** Whether a code can be placed: not an aggregate (WLD, EUU, XXX, REG_*…), and known to the map. */
export function isPlace(code: string, aggregates: readonly Aggregation[]): boolean {
  return code !== 'AZE' && !aggregates.some((a) => a.code === code) && partnerAnchor(code) !== undefined;
}

/** Estimated label width in pixels at the map's label size. */
export const labelWidth = (name: string): number => name.length * LABEL_CHAR;

// The stretch of border an inside anchor near `near` keeps free: its dot, and its label where it runs along the border.
function obstacleSpan(p: PartnerPlace, near: BorderPoint, b: Border): [number, number] {
  const at = toPerimeter(near.x, near.y, near.side, b);
  if (near.side === 'left' || near.side === 'right') return [at - LINE, at + LINE];
  const label = labelWidth(p.name) + 12;
  // Along the top the perimeter runs with x, along the bottom against it.
  const forward = (p.label.anchor === 'start') === (near.side === 'top');
  return forward ? [at - LINE, at + label] : [at - label, at + LINE];
}

// Where an edge marker's name goes: beside it on the left and right borders, below or above it on the others.
function edgeLabel(x: number, y: number, side: MapSide, name: string, b: Border): PartnerPlace['label'] {
  const half = labelWidth(name) / 2;
  if (side === 'left') return { x: x + 10, y, anchor: 'start' };
  if (side === 'right') return { x: x - 10, y, anchor: 'end' };
  const cx = Math.min(Math.max(x, b.left + half), b.right - half);
  return side === 'top' ? { x: cx, y: y + 18, anchor: 'middle' } : { x: cx, y: y - 14, anchor: 'middle' };
}

/**
 * The places of the given partners (codes that are not places are left out): projected inside
 * anchors for countries wholly or partly in the window, and for the rest edge markers at their
 * bearing from Baku, moved apart along the border so that markers and labels do not overlap.
 */
export function partnerPlaces(
  partners: readonly { code: string; name: string }[],
  width: number,
  height: number,
  projection: RegionProjection,
): PartnerPlace[] {
  const frame = windowFrame(projection);
  const b: Border = {
    left: Math.max(0, frame.x0) + EDGE_MARGIN,
    right: Math.min(width, frame.x1) - EDGE_MARGIN,
    top: Math.max(0, frame.y0) + EDGE_MARGIN,
    bottom: Math.min(height, frame.y1) - EDGE_MARGIN,
  };
  // A figure too small to have a border inside its margins (a container not measured yet) places nobody.
  if (!(b.right > b.left && b.bottom > b.top)) return [];
  const inside: PartnerPlace[] = [];
  const edges: { code: string; name: string; at: number; extent: number }[] = [];
  for (const { code, name } of partners) {
    const anchor = partnerAnchor(code);
    if (!anchor) continue;
    if (anchor.kind === 'inside') {
      const [x, y] = projection(anchor.lonLat);
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      const nearRight = x + 9 + labelWidth(name) > b.right + EDGE_MARGIN;
      const label = nearRight ? { x: x - 9, y, anchor: 'end' as const } : { x: x + 9, y, anchor: 'start' as const };
      inside.push({ code, name, kind: 'inside', x, y, side: null, label });
    } else {
      const p = edgePoint(anchor.bearing, width, height, projection, EDGE_MARGIN);
      const along = p.side === 'left' || p.side === 'right';
      edges.push({ code, name, at: toPerimeter(p.x, p.y, p.side, b), extent: along ? LINE : labelWidth(name) + 12 });
    }
  }
  // Inside anchors next to the border (Slovakia in the north-west corner) hold their place, and
  // edge markers keep clear of them and of their labels.
  const obstacles = inside.flatMap((p) => {
    const spans = nearSides(p.x, p.y, b, LINE).map((near) => obstacleSpan(p, near, b));
    if (!spans.length) return [];
    const lo = min(spans, (span) => span[0])!;
    const hi = max(spans, (span) => span[1])!;
    return [{ at: (lo + hi) / 2, extent: hi - lo, weight: 1e6 }];
  });
  const perimeter = 2 * (b.right - b.left) + 2 * (b.bottom - b.top);
  const spread = spreadAlong([...edges, ...obstacles], 0, perimeter);
  const placed = edges.map((e, i): PartnerPlace => {
    const { x, y, side } = fromPerimeter(spread[i]!, b);
    return { code: e.code, name: e.name, kind: 'edge', x, y, side, label: edgeLabel(x, y, side, e.name, b) };
  });
  return [...inside, ...placed];
}
