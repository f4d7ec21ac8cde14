// Places short value labels next to horizontal segments, clear of each other, of the segments and of the plot's edges — or leaves them out.
import { lineWidth } from './lineWidth.ts';

/** A segment to label: its extent, its height and the label's text. */
export interface LabelRequest {
  text: string;
  x0: number;
  x1: number;
  y: number;
}

/** Where a label goes: `x` is the point its SVG `text-anchor` refers to, `y` its baseline. */
export interface LabelSpot {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** A rectangle in plot coordinates (`y0` above `y1`). */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** What differs between the charts that place labels. */
export interface PlaceOptions {
  /** The rectangle every label box must stay inside. */
  bounds: Box;
  /**
   * Where along its segment a label goes first, and how its text is anchored.
   * `'start'`: above the segment's start, then its middle, then its end; text anchored at the edge
   * it is flush with. `'middle'`: centred above the segment, then flush with its end, then its
   * start; every spot is anchored `'middle'`, so a renderer that always centres can ignore `anchor`.
   */
  align: 'start' | 'middle';
  /** Further rectangles no label may cover, such as drawn segments that carry no label. Default: none. */
  obstacles?: Box[];
  /** Height of a label's box in px; the box ends 2px below the baseline, for descenders. Default: 12. */
  textHeight?: number;
  /** Estimated width of a label's text in px. Default: {@link valueLabelWidth}. */
  textWidth?: (text: string) => number;
}

/** Estimated width of an 11px value label: digits and capitals are wider than the average letter. */
export const valueLabelWidth = (text: string): number => lineWidth(text) * 1.12;

/** Room between a segment's centre line and a label box: clears the stroke and leaves a hairline. */
const GAP = 4;
/** Keeps a label flush with a segment's end off its end cap. */
const INSET = 3;
/** Room between a segment's end and a label beside it. */
const BESIDE = 5;
/** Half a segment's stroke: how far a segment blocks labels above and below its centre line. */
const HALF_STROKE = 2;
/** Part of a label box below its baseline (descenders, commas). */
const DESCENT = 2;

type Anchor = LabelSpot['anchor'];

/** The places tried for a label, in order: above the segment, below it, then beside either end — level with it, raised, lowered. */
function candidates(r: LabelRequest, w: number, h: number, align: PlaceOptions['align']): { left: number; baseline: number; anchor: Anchor }[] {
  const start: [number, Anchor] = [r.x0 + INSET, 'start'];
  const middle: [number, Anchor] = [(r.x0 + r.x1 - w) / 2, 'middle'];
  const end: [number, Anchor] = [r.x1 - INSET - w, 'end'];
  // The flush places are fallbacks: shifted off the preferred spot, a label clears its neighbour's.
  const along = align === 'start' ? [start, middle, end] : [middle, end, start];
  const above = r.y - GAP - DESCENT;
  const below = r.y + GAP + h - DESCENT;
  const level = r.y + h / 2 - DESCENT;
  const beside: [number, Anchor][] = [
    [r.x0 - BESIDE - w, 'end'],
    [r.x1 + BESIDE, 'start'],
  ];
  return [
    ...along.map(([left, anchor]) => ({ left, baseline: above, anchor })),
    ...along.map(([left, anchor]) => ({ left, baseline: below, anchor })),
    // Raised or lowered, a label beside an end still reads as its segment's, and it fits between
    // neighbours too close for a level one (two shares of one period a few px apart).
    ...[level, above, below].flatMap((baseline) => beside.map(([left, anchor]) => ({ left, baseline, anchor }))),
  ];
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inside = (a: Box, b: Box) => a.x0 >= b.x0 && a.x1 <= b.x1 && a.y0 >= b.y0 && a.y1 <= b.y1;

/**
 * Places labels greedily in the given order (so put the ones that matter most first): each takes
 * the first candidate spot whose box stays inside `bounds` and overlaps no earlier label, no
 * requested segment and no obstacle. A label with no such spot is `null` and is left out — the
 * mark's title and the data table still carry the figure, and an overlapping label would mislead.
 */
export function placeLabels(requests: LabelRequest[], options: PlaceOptions): (LabelSpot | null)[] {
  const { bounds, align, obstacles = [], textHeight: h = 12, textWidth = valueLabelWidth } = options;
  // Every requested segment blocks every label, its own included: a label sits by its segment, never on it.
  const taken: Box[] = [...obstacles, ...requests.map((r) => ({ x0: r.x0, x1: r.x1, y0: r.y - HALF_STROKE, y1: r.y + HALF_STROKE }))];
  return requests.map((r) => {
    const w = textWidth(r.text);
    for (const c of candidates(r, w, h, align)) {
      const box = { x0: c.left, x1: c.left + w, y0: c.baseline - h + DESCENT, y1: c.baseline + DESCENT };
      if (!inside(box, bounds) || taken.some((t) => overlaps(box, t))) continue;
      taken.push(box);
      const anchor = align === 'middle' ? 'middle' : c.anchor;
      const x = anchor === 'start' ? box.x0 : anchor === 'end' ? box.x1 : (box.x0 + box.x1) / 2;
      return { x, y: c.baseline, anchor };
    }
    return null;
  });
}
