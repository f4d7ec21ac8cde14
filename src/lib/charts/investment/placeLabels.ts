// Where value labels go on the flows plot: above their segment, else below, else left out (the mark's
// title and the table still carry the figure) — never on another label or segment.
import { lineWidth } from './lineWidth.ts';

export interface LabelRequest {
  text: string;
  /** The segment's extent and height. */
  x0: number;
  x1: number;
  y: number;
}

export interface LabelSpot {
  /** Centre x and baseline y of the text. */
  x: number;
  y: number;
}

/** Value labels are digits and capitals, wider than the average letter. */
const textWidth = (text: string) => lineWidth(text) * 1.12;
const HEIGHT = 12;

/** A rectangle a label must not cover. */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Places labels in order, each centred over its segment and kept inside `[left, right]`, clear of
 *  earlier labels and of `obstacles` (the drawn segments). */
export function placeLabels(requests: LabelRequest[], left: number, right: number, obstacles: Box[] = []): (LabelSpot | null)[] {
  const placed: Box[] = [...obstacles];
  const clear = (b: Box) => placed.every((p) => b.x1 <= p.x0 || b.x0 >= p.x1 || b.y1 <= p.y0 || b.y0 >= p.y1);
  return requests.map((r) => {
    const w = textWidth(r.text);
    const inside = (x: number) => Math.min(right - w / 2, Math.max(left + w / 2, x));
    // Centred first, then flush with the segment's end or start, which clears a neighbour's label.
    const xs = [(r.x0 + r.x1) / 2, r.x1 - w / 2, r.x0 + w / 2].map(inside);
    for (const baseline of [r.y - 6, r.y + 15]) {
      for (const x of xs) {
        const box = { x0: x - w / 2, x1: x + w / 2, y0: baseline - HEIGHT + 2, y1: baseline + 2 };
        if (clear(box)) {
          placed.push(box);
          return { x, y: baseline };
        }
      }
    }
    return null;
  });
}
