// Where the deals list goes: its horizontal frame for a width, then panel headings, supplier headings and deal lines.
import { linearScale, type LinearScale } from '../linearScale.ts';
import type { DealMark, DealSelection } from './selectDeals.ts';

/** Room (px) the wide layout keeps left of the dollar scale for supplier and item names. */
const WIDE_NAMES = 220;
/** Room (px) kept right of the scale for a marker's value label ("$1.6B · 2011, 2012 · 3 sources"). */
const VALUE_LABELS = 175;
/** Gap (px) between a name's end and the start of the scale in the wide layout. */
const NAME_GAP = 8;
/** Below this scale width (px) the wide layout gives way to the stacked one. */
const WIDE_MIN_RANGE = 120;
/** The narrowest dollar scale (px) the layout gives, whatever the width. */
export const MIN_RANGE = 80;
/** Half the size (px) of a marker: the deal circle's radius, half the total square's side. */
export const MARKER_RADIUS = 5;
/** Gap (px) between a marker and its value label. */
export const VALUE_GAP = 9;

export interface DealFrame {
  /** Names on their own line above their stems (narrow widths), instead of left of them. */
  stacked: boolean;
  /** x of the supplier and item names: where they end (wide) or start (stacked). */
  nameX: number;
  nameAnchor: 'start' | 'end';
  /** The dollar scale's pixels: zero, then the largest value. Always rising and at least MIN_RANGE wide. */
  range: [number, number];
}

/**
 * The deals list's horizontal frame for a plot width. Wide enough, names sit left of the scale
 * (220 px) and value labels right of it (175 px); narrower, each name goes on its own line above
 * its stem, so the scale spans the width but the value labels' room.
 */
export function dealFrame(width: number): DealFrame {
  if (width - WIDE_NAMES - VALUE_LABELS >= WIDE_MIN_RANGE) {
    return { stacked: false, nameX: WIDE_NAMES - NAME_GAP, nameAnchor: 'end', range: [WIDE_NAMES, width - VALUE_LABELS] };
  }
  const x0 = MARKER_RADIUS + 3;
  return { stacked: true, nameX: 0, nameAnchor: 'start', range: [x0, Math.max(x0 + MIN_RANGE, width - VALUE_LABELS)] };
}

/** The dollar scale of a frame: 0 to the largest value (at least 1) onto the frame's range. */
export function dealScale(frame: DealFrame, values: number[]): LinearScale {
  return linearScale([0, Math.max(1, ...values)], frame.range);
}

export interface DealPartnerBlock {
  code: string;
  /** Line index of the supplier's heading; its marks follow it. */
  line: number;
  /** Each mark's stem line, and the line of its name (the same line unless stacked). */
  marks: { mark: DealMark; line: number; nameLine: number }[];
}

export interface DealPanel {
  kind: 'deals' | 'cumulative';
  /** Line index of the panel heading. */
  line: number;
  partners: DealPartnerBlock[];
}

/**
 * Lays the deals, then the cumulative totals, out as panels of supplier blocks; empty panels are
 * left out. `stacked` gives each mark two lines: its name, then its stem.
 */
export function dealLayout(sel: Pick<DealSelection, 'deals' | 'cumulative' | 'partners'>, stacked = false): { panels: DealPanel[]; lines: number } {
  let line = 0;
  const panels: DealPanel[] = [];
  for (const [kind, marks] of [['deals', sel.deals], ['cumulative', sel.cumulative]] as const) {
    if (!marks.length) continue;
    const panel: DealPanel = { kind, line: line++, partners: [] };
    for (const code of sel.partners) {
      const own = marks.filter((m) => m.code === code);
      if (!own.length) continue;
      panel.partners.push({
        code,
        line: line++,
        marks: own.map((mark) => {
          const nameLine = line;
          if (stacked) line++;
          return { mark, nameLine, line: line++ };
        }),
      });
    }
    panels.push(panel);
  }
  return { panels, lines: line };
}
