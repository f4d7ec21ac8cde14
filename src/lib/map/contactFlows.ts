// The visits layer: how many high-level contacts Azerbaijan had with each partner in the years shown.
import { extent } from 'd3-array';
import type { VisitEvent } from '../data/types.ts';
import type { YearRange } from '../data/valueFor.ts';
import { eventPartner } from '../data/partner.ts';
import { eventYear } from '../data/eventYear.ts';
import type { Flow } from './flow.ts';

/**
 * One flow per partner with a contact anywhere in the data: the count of contacts whose start
 * date falls in `years`. Coverage counts the years of the range inside the span the contact
 * list covers (its first to its last year), because a year before the list begins is not
 * a year without contacts.
 */
export function contactFlows(events: VisitEvent[], years: YearRange): Flow[] {
  const [first, last] = extent(events, (e) => {
    const y = eventYear(e);
    return Number.isFinite(y) ? y : undefined;
  });
  if (first === undefined || last === undefined) return [];
  const covered: number[] = [];
  for (let y = Math.max(years.start, first); y <= Math.min(years.end, last); y++) covered.push(y);
  const byPartner = new Map<string, VisitEvent[]>();
  for (const e of events) {
    const p = eventPartner(e);
    byPartner.set(p, byPartner.get(p) ?? []);
    const y = eventYear(e);
    if (y >= years.start && y <= years.end) byPartner.get(p)!.push(e);
  }
  return [...byPartner].map(([partner, counted]) => ({
    layer: 'visits',
    partner,
    direction: 'both',
    indicator: 'contacts',
    value: covered.length ? counted.length : null,
    unit: 'contacts',
    qualifier: covered.length ? 'exact' : null,
    coverage: { n: covered.length, m: Math.max(0, years.end - years.start + 1), years: covered },
    sources: [...new Set(counted.map((e) => e.source_id))],
    start: years.start,
    end: years.end,
  }));
}
