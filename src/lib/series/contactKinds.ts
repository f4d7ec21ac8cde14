// What kind of contact an event is for the `kinds` choice, and the shape its mark takes.
import type { VisitEvent } from '../data/types.ts';
import type { VisitKinds } from '../state/viewState.ts';
import { HUB } from '../data/partner.ts';

/** Mark shapes: calls differ from visits by shape (and fill), not only by colour. */
export type ContactShape = 'circle' | 'diamond' | 'triangle' | 'square';

/** A phone call (`kind=call`); everything else is a visit or a meeting. */
export function isCall(event: Pick<VisitEvent, 'kind'>): boolean {
  return event.kind === 'call';
}

/** Whether the `kinds` choice shows the event: all, visits (not calls) or calls only. */
export function matchesKinds(event: Pick<VisitEvent, 'kind'>, kinds: VisitKinds): boolean {
  if (kinds === 'all') return true;
  return kinds === 'calls' ? isCall(event) : !isCall(event);
}

/** Call → hollow square, summit → diamond, third-country meeting → triangle, bilateral visit → circle. */
export function contactShape(event: Pick<VisitEvent, 'kind'>): ContactShape {
  switch (event.kind) {
    case 'call':
      return 'square';
    case 'multilateral_event':
      return 'diamond';
    case 'third_country_meeting':
      return 'triangle';
    default:
      return 'circle';
  }
}

/** A third-country meeting: neither side hosts it (e.g. Munich, host DEU). */
export function isThirdCountry(event: Pick<VisitEvent, 'host' | 'guest'>): boolean {
  return event.host !== HUB && event.guest !== HUB;
}

const SHAPE_ORDER: ContactShape[] = ['circle', 'diamond', 'triangle', 'square'];

/** The shapes a set of contacts draws, in legend order. */
export function shapesOf(events: Pick<VisitEvent, 'kind'>[]): ContactShape[] {
  const used = new Set(events.map(contactShape));
  return SHAPE_ORDER.filter((s) => used.has(s));
}

/** What the legend explains for a set of contacts: its shapes, dashed outlines, multi-day bars. */
export function legendKeys(events: Pick<VisitEvent, 'kind' | 'start_date' | 'end_date' | 'date_precision'>[]) {
  return {
    shapes: shapesOf(events),
    uncertain: events.some((e) => e.date_precision !== 'day'),
    bar: events.some((e) => e.end_date !== null && e.end_date > e.start_date),
  };
}
