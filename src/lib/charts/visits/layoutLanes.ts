// Lays the contacts out: one horizontal lane per partner, marks by date, close ones stacked in rows.
import type { VisitEvent } from '../../data/types.ts';
import { eventPartner } from '../../data/partner.ts';
import type { TimeScale } from '../timeScale.ts';
import { contactShape, type ContactShape } from '../../series/contactKinds.ts';
import { contactSpan, type ContactSpan } from './contactSpan.ts';
import { countsByPartnerYear } from './selectContacts.ts';
import { stackRows } from './stackRows.ts';
import { contactKey } from './visitsTable.ts';

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

/** Splits [top, bottom] into one lane per partner and places each contact of the view in its lane. */
export function layoutLanes(events: VisitEvent[], lanes: string[], scale: TimeScale, top: number, bottom: number): LaneLayout[] {
  const height = (bottom - top) / Math.max(1, lanes.length);
  const byYear = countsByPartnerYear(events);
  return lanes.map((partner, i) => {
    const y0 = top + i * height;
    const firstRow = y0 + LANE.header + LANE.counts + LANE.r + 3;
    const rows = Math.max(1, Math.floor((y0 + height - 2 - (firstRow - LANE.r)) / LANE.row));
    const own = events.filter((e) => eventPartner(e) === partner);
    const spans = own.map((e) => contactSpan(e, scale));
    const slots = stackRows(
      spans.map((sp) => [Math.min(sp.x0, sp.cx - LANE.r), Math.max(sp.x1, sp.cx + LANE.r)] as const),
      rows,
    );
    const counts = [...(byYear.get(partner) ?? new Map<number, number>())]
      .map(([year, n]) => ({ year, n }))
      .sort((a, b) => a.year - b.year);
    return {
      partner,
      y0,
      y1: y0 + height,
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
  });
}
