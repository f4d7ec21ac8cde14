// What one figure's segment draws, worked out once per mark as plain data (segmentMarks.ts draws it).
// Drawn from its span, value and tip by a component with six derived values of its own, the oil
// chart's 28 marks took about three times as long to mount as from this (profiled, oil embed).
import type { Qualifier } from '../data/types.ts';
import { parsePeriod } from '../data/parsePeriod.ts';
import { strings } from '../strings.ts';

export interface SegmentShape {
  /** The segment's ends, a pixel inside its period's, and never shorter than 2 px. */
  x1: number;
  x2: number;
  y: number;
  /** Both end caps, as one path. */
  caps: string;
  /** The caret of a lower (▲) or upper (▼) bound; null for other qualifiers. */
  bound: string | null;
  qualifier: Qualifier;
  /** The period text, for tests, styling hooks and the crosshair year. */
  period: string;
  /** The period's first year (the crosshair's), or null. */
  year: number | null;
  /** Its tooltip's lines, which a screen reader says too (viewMark). */
  lines: string[];
  /** "+N more" written on the mark when figures for its spot are not drawn and its period is wide
   *  enough; null otherwise (the tip and the screen reader still say it). */
  more: string | null;
}

/** The shape of a figure drawn over `span` (timeScale.span) at `y`; `tip` is what it is, line by
 *  line (figureTip); `more`, the figures for the same spot not drawn (spotStack). */
export function segmentShape(span: [number, number], y: number, qualifier: Qualifier, period: string, tip: string[], more = 0): SegmentShape {
  const x1 = span[0] + 1;
  const x2 = Math.max(span[0] + 3, span[1] - 1);
  const mid = (span[0] + span[1]) / 2;
  const dy = qualifier === 'lower_bound' ? -7 : 7;
  const lines = more ? [...tip, strings.moreOnSpot(more)] : tip;
  const moreLabel = more ? strings.moreOnSpotShort(more) : '';
  const p = parsePeriod(period);
  return {
    x1,
    x2,
    y,
    caps: `M${x1},${y - 4}v8M${x2},${y - 4}v8`,
    bound: qualifier === 'lower_bound' || qualifier === 'upper_bound' ? `M${mid - 4},${y} l4,${dy} l4,${-dy}` : null,
    qualifier,
    period,
    year: p.ok ? p.period.start.year : null,
    lines,
    // About 6 px a character at 10 px: on months, labels would run into each other.
    more: moreLabel && span[1] - span[0] >= moreLabel.length * 6 ? moreLabel : null,
  };
}
