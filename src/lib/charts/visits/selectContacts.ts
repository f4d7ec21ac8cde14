// Which contacts the visits chart shows for a view state: by year range, kind and selection.
import type { VisitEvent } from '../../data/types.ts';
import { eventPartner } from '../../data/partner.ts';
import type { ViewState } from '../../state/viewState.ts';
import { matchesKinds } from '../../series/contactKinds.ts';
import { eventYear } from '../../data/eventYear.ts';
import { compareText } from '../../text/compareText.ts';

/** Contacts of the chosen kinds that start within state.start–state.end, in date order. */
export function contactsInView(events: VisitEvent[], state: Pick<ViewState, 'start' | 'end' | 'kinds'>): VisitEvent[] {
  return events
    .filter((e) => matchesKinds(e, state.kinds) && eventYear(e) >= state.start && eventYear(e) <= state.end)
    // Dates are ISO (YYYY-MM-DD, checked by the validator): their text order is their time order.
    .sort((a, b) => (a.start_date < b.start_date ? -1 : a.start_date > b.start_date ? 1 : compareText(eventPartner(a), eventPartner(b))));
}

/** The contacts with the selected partners; an empty selection means all partners. */
export function contactsInSelection(events: VisitEvent[], countries: readonly string[]): VisitEvent[] {
  return countries.length ? events.filter((e) => countries.includes(eventPartner(e))) : events;
}

/** The number of contacts per partner and year (the year a contact starts). */
export function countsByPartnerYear(events: VisitEvent[]): Map<string, Map<number, number>> {
  const counts = new Map<string, Map<number, number>>();
  for (const e of events) {
    const byYear = counts.get(eventPartner(e)) ?? new Map<number, number>();
    byYear.set(eventYear(e), (byYear.get(eventYear(e)) ?? 0) + 1);
    counts.set(eventPartner(e), byYear);
  }
  return counts;
}
