// The lanes of the visits chart: one per partner, the main partners first in a fixed order.
import type { VisitEvent } from '../../data/types.ts';
import { eventPartner } from '../../data/partner.ts';
import { compareText } from '../../text/compareText.ts';

/** Israel, the USA, the UAE and Türkiye lead; other partners follow by code. */
export const LANE_ORDER = ['ISR', 'USA', 'ARE', 'TUR'];

/** Every partner the events name, in lane order. Lanes come from all events, not the view, so
 *  they stay put when the years or the kinds change. */
export function partnerLanes(events: VisitEvent[]): string[] {
  const partners = [...new Set(events.map(eventPartner))];
  const rank = (code: string) => {
    const i = LANE_ORDER.indexOf(code);
    return i === -1 ? LANE_ORDER.length : i;
  };
  return partners.sort((a, b) => rank(a) - rank(b) || compareText(a, b));
}
