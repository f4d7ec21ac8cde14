// Places short text labels beside horizontal segments so they collide neither with each other nor with the segments.

export interface Segment {
  x0: number;
  x1: number;
  y: number;
  /** Estimated width of the segment's label in px. */
  labelWidth: number;
}

export interface Placement {
  x: number;
  /** Baseline. */
  y: number;
  anchor: 'start' | 'end';
}

interface Box {
  l: number;
  r: number;
  t: number;
  b: number;
}

const TEXT_HEIGHT = 11;

function box(p: Placement, w: number): Box {
  const l = p.anchor === 'start' ? p.x : p.x - w;
  return { l, r: l + w, t: p.y - TEXT_HEIGHT + 2, b: p.y + 2 };
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.r, b.r) - Math.max(a.l, b.l);
  const h = Math.min(a.b, b.b) - Math.max(a.t, b.t);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The places tried for a label, in order of preference: above the start, below it, above the end, below it, outside either end. */
function candidates(s: Segment): Placement[] {
  return [
    { x: s.x0 + 3, y: s.y - 4, anchor: 'start' },
    { x: s.x0 + 3, y: s.y + TEXT_HEIGHT + 2, anchor: 'start' },
    { x: s.x1 - 3, y: s.y - 4, anchor: 'end' },
    { x: s.x1 - 3, y: s.y + TEXT_HEIGHT + 2, anchor: 'end' },
    { x: s.x0 - 5, y: s.y + 4, anchor: 'end' },
    { x: s.x1 + 5, y: s.y + 4, anchor: 'start' },
  ];
}

/**
 * Greedy placement, segments in the given order: each label takes the first candidate that
 * overlaps no earlier label and no segment and stays within [top, bottom], or else the candidate
 * with the least overlap.
 */
export function placeLabels(segments: Segment[], top = -Infinity, bottom = Infinity): Placement[] {
  const lines: Box[] = segments.map((s) => ({ l: s.x0, r: s.x1, t: s.y - 2, b: s.y + 2 }));
  const placed: Box[] = [];
  return segments.map((s) => {
    let best: { p: Placement; cost: number } | null = null;
    for (const p of candidates(s)) {
      const b = box(p, s.labelWidth);
      const outside = b.t < top || b.b > bottom ? 1e6 : 0;
      const cost = outside + placed.reduce((sum, o) => sum + overlap(b, o) * 4, 0) + lines.reduce((sum, o) => sum + overlap(b, o), 0);
      if (!best || cost < best.cost) best = { p, cost };
      if (cost === 0) break;
    }
    placed.push(box(best!.p, s.labelWidth));
    return best!.p;
  });
}
