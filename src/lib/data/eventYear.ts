// The year a contact counts in: the year it starts (end dates are often missing).
import type { VisitEvent } from './types.ts';

export function eventYear(event: Pick<VisitEvent, 'start_date'>): number {
  return Number(event.start_date.slice(0, 4));
}
