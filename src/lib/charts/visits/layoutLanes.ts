// Lays the contacts out: one horizontal lane per partner, marks by date, close ones stacked in rows.
import { max } from 'd3-array';
import type { VisitEvent } from '../../data/types.ts';
import { eventPartner } from '../../data/partner.ts';
import type { TimeScale } from '../timeScale.ts';
import { contactShape, type ContactShape } from '../../series/contactKinds.ts';
import { contactSpan, type ContactSpan } from './contactSpan.ts';
import { countsByPartnerYear } from './selectContacts.ts';
import { stackRows } from './stackRows.ts';
import { contactKey } from './contactKey.ts';

/** Vertical rhythm of a lane in px: its name, its per-year counts, then rows of marks of radius r. */
export const LANE = { header: 13, counts: 12, row: 11, r: 4.5 } as const;

export interface LaneMark {
  event: VisitEvent;
  key: string;
  shape: ContactShape;
  span: ContactSpan;
  cy: number;
}

export interface LaneLayout {
  partner: string;
  y0: number;
  y1: number;
  /** Baselines of the lane's name and of its per-year counts. */
  nameY: number;
  countsY: number;
  /** Contacts per year (only years that have some) and in all. */
  counts: { year: number; n: number }[];
  total: number;
  marks: LaneMark[];
}

/** Most rows of marks a lane stacks: past it, the row that frees up first is shared. */
const MAX_ROWS = 8;

/**
 * Gives each partner a lane and places its contacts by date, close ones in rows below each other.
 * A lane is as tall as its rows need (so marks never merge on a phone); space left in [top, bottom]
 * is shared out equally, and the lanes run past `bottom` when they need more.
 */
export function layoutLanes(events: VisitEvent[], lanes: string[], scale: TimeScale, top: number, bottom: number): LaneLayout[] {
  const byYear = countsByPartnerYear(events);
  const placed = lanes.map((partner) => {
    const own = events.filter((e) => eventPartner(e) === partner);
    const spans = own.map((e) => contactSpan(e, scale));
    const slots = stackRows(
      spans.map((sp) => [Math.min(sp.x0, sp.cx - LANE.r), Math.max(sp.x1, sp.cx + LANE.r)] as const),
      MAX_ROWS,
    );
    const rows = 1 + (max(slots) ?? 0);
    return { partner, own, spans, slots, need: LANE.header + LANE.counts + rows * LANE.row + 4 };
  });
  const spare = Math.max(0, bottom - top - placed.reduce((sum, l) => sum + l.need, 0)) / Math.max(1, lanes.length);
  let y0 = top;
  return placed.map(({ partner, own, spans, slots, need }) => {
    const y1 = y0 + need + spare;
    const firstRow = y0 + LANE.header + LANE.counts + LANE.r + 3;
    const counts = [...(byYear.get(partner) ?? new Map<number, number>())]
      .map(([year, n]) => ({ year, n }))
      .sort((a, b) => a.year - b.year);
    const lane: LaneLayout = {
      partner,
      y0,
      y1,
      nameY: y0 + LANE.header - 2,
      countsY: y0 + LANE.header + LANE.counts - 2,
      counts,
      total: own.length,
      marks: own.map((event, j) => ({
        event,
        key: contactKey(event),
        shape: contactShape(event),
        span: spans[j]!,
        cy: firstRow + slots[j]! * LANE.row,
      })),
    };
    y0 = y1;
    return lane;
  });
}
