// The `count` test: high-level contacts between two dates, per partner, and the subject's place.
import type { VisitEvent } from '../../data/types.ts';
import { eventPartner } from '../../data/partner.ts';
import type { CountEntry, CountResult } from '../types.ts';
import { uniqueSources } from '../claimRows.ts';
import { isCall, matchesKinds } from '../../series/contactKinds.ts';
import type { VisitKinds } from '../../state/viewState.ts';
import { compareText } from '../../text/compareText.ts';
import { sharedRanks } from '../sharedRanks.ts';

export interface CountQuery {
  /** Inclusive dates, YYYY-MM-DD. */
  start: string;
  end: string;
  subject: string;
  /** The contact kinds counted (the claim's view's `kinds`): all, visits (no calls) or calls. */
  kinds: VisitKinds;
}

/**
 * Counts the contacts that overlap the dates (a contact with no end date lasts its start day)
 * per partner (`eventPartner`), most first; equal counts share a rank. Only the kinds the query
 * names are counted; calls among them are also counted apart, since a call is not a visit.
 */
export function count(events: VisitEvent[], q: CountQuery): CountResult {
  const counted = events.filter((e) => matchesKinds(e, q.kinds) && e.start_date <= q.end && (e.end_date ?? e.start_date) >= q.start);
  const byPartner = new Map<string, { count: number; calls: number }>();
  for (const e of counted) {
    const code = eventPartner(e);
    const c = byPartner.get(code) ?? { count: 0, calls: 0 };
    byPartner.set(code, { count: c.count + 1, calls: c.calls + (isCall(e) ? 1 : 0) });
  }
  const sorted = [...byPartner].sort(([ca, a], [cb, b]) => b.count - a.count || compareText(ca, cb));
  const ranks = sharedRanks(sorted.map(([, c]) => c.count));
  const entries: CountEntry[] = sorted.map(([code, c], i) => ({ code, ...c, rank: ranks[i]! }));
  return {
    kind: 'count',
    start: q.start,
    end: q.end,
    kinds: q.kinds,
    entries,
    total: counted.length,
    subject: q.subject,
    subjectEntry: entries.find((e) => e.code === q.subject) ?? null,
    sourceIds: uniqueSources(counted),
  };
}
