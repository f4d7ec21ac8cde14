// The key of a contact in the chart's lanes, apart from the table, which loads only when a reader asks.
import type { VisitEvent } from '../../data/types.ts';

/** A contact's key: the schema's primary key. */
export function contactKey(e: VisitEvent): string {
  return [e.start_date, e.host, e.guest, e.kind, e.source_id, e.title].join('|');
}
