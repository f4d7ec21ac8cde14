// Azerbaijan is the hub of every view: a row's partner is its end that is not Azerbaijan.
import type { Observation, VisitEvent } from './types.ts';

export const HUB = 'AZE';

/** The non-Azerbaijan end of an observation, or null for context rows with no Azerbaijan end
 *  (Israel's other customers, SIBAT regions, comparison investors). */
export function partner(row: Pick<Observation, 'from' | 'to'>): string | null {
  if (row.from === HUB) return row.to === HUB ? null : row.to;
  if (row.to === HUB) return row.from;
  return null;
}

/** The other side of a contact: the guest or host that is not Azerbaijan; for a meeting held in
 *  a third country (neither end is Azerbaijan) the guest, which the data records as the partner. */
export function eventPartner(event: Pick<VisitEvent, 'host' | 'guest'>): string {
  if (event.host === HUB) return event.guest;
  if (event.guest === HUB) return event.host;
  return event.guest;
}

/** The rows a selection keeps: rows of the selected partners, and every context row (no
 *  Azerbaijan end), which a selection never filters out. An empty selection keeps all: `rows` itself, not a copy (do not change it). */
export function limitToSelection<T extends Pick<Observation, 'from' | 'to'>>(rows: T[], countries: readonly string[]): T[] {
  if (!countries.length) return rows;
  return rows.filter((r) => {
    const p = partner(r);
    return p === null || countries.includes(p);
  });
}
