// Where a contact sits on the time scale, to the day: its first day, its last day and its mark.
import type { VisitEvent } from '../../data/types.ts';
import type { TimeScale } from '../timeScale.ts';

/** A date (YYYY-MM-DD) in months since year 0 (the time scale's unit) plus the day's fraction of
 *  its month; `endOfDay` gives the instant the day ends. */
export function dayMonths(date: string, endOfDay = false): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return y * 12 + (m - 1) + (d - (endOfDay ? 0 : 1)) / days;
}

export interface ContactSpan {
  /** Start of the first day and end of the last day, clipped to the scale. */
  x0: number;
  x1: number;
  /** Centre of the mark: the first day, or the middle of a range whose day is not stated. */
  cx: number;
  /** Drawn as a bar: the contact lasts more than one day, or its day is one of a range. */
  bar: boolean;
}

/** The span of a contact on the scale; a missing end date (not found) counts as one day. */
export function contactSpan(event: Pick<VisitEvent, 'start_date' | 'end_date' | 'date_precision'>, scale: TimeScale): ContactSpan {
  const clip = (x: number) => Math.min(scale.range[1], Math.max(scale.range[0], x));
  const last = event.end_date && event.end_date > event.start_date ? event.end_date : event.start_date;
  const x0 = clip(scale.x(dayMonths(event.start_date)));
  const x1 = clip(scale.x(dayMonths(last, true)));
  const firstDayEnd = clip(scale.x(dayMonths(event.start_date, true)));
  const cx = event.date_precision === 'range' ? (x0 + x1) / 2 : (x0 + firstDayEnd) / 2;
  return { x0, x1, cx, bar: last !== event.start_date };
}
