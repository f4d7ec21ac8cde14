// The table and the download of the visits chart: one row per contact, with its source.
import type { Aggregation, Source, VisitEvent } from '../../data/types.ts';
import { READABLE_COLUMNS } from '../../data/readableColumns.ts';
import { eventPartner } from '../../data/partner.ts';
import { countryName } from '../../geo/countryNames.ts';
import type { ChartDownload, ChartTable } from '../../frame/tableTypes.ts';
import type { DownloadScope } from '../../frame/downloadScope.ts';
import { citation } from '../../frame/citation.ts';
import { contactDate, contactPlace, dateFlag, kindLabel } from './contactText.ts';
import { visitsStrings as s } from '../../strings.ts';

/** The columns of visits.csv, the data contract. */
export const VISIT_COLUMNS = [
  'start_date', 'end_date', 'host', 'guest', 'kind', 'date_precision', 'level', 'initiator', 'people', 'title', 'source_id', 'note',
];

/** A contact's key: the schema's primary key. */
export function contactKey(e: VisitEvent): string {
  return [e.start_date, e.host, e.guest, e.kind, e.source_id, e.title].join('|');
}

/** Rows for the table: date (with its caveat), partner, kind, place, level, people, title, source. */
export function visitsTable(events: VisitEvent[], aggregates: Aggregation[]): ChartTable {
  const t = s.table;
  return {
    columns: [
      { key: 'date', label: t.date },
      { key: 'partner', label: t.partner },
      { key: 'kind', label: t.kind },
      { key: 'place', label: t.place },
      { key: 'flags', label: t.flags },
      { key: 'level', label: t.level },
      { key: 'people', label: t.people },
      { key: 'description', label: t.description },
      { key: 'source', label: t.source, source: true },
    ],
    rows: events.map((e) => ({
      key: contactKey(e),
      date: contactDate(e),
      partner: countryName(eventPartner(e), aggregates),
      kind: kindLabel(e.kind),
      place: contactPlace(e, aggregates),
      flags: [dateFlag(e), e.end_date ? null : s.endNotFound].filter(Boolean).join('; '),
      level: s.levels[e.level] ?? e.level,
      people: e.people,
      description: e.title,
      source: e.source_id,
    })),
  };
}

/** The download: the same contacts in visits.csv's own columns, so they load back as they are, then
 *  the declared readable ones: the names of host, guest and partner, and the source as a citation.
 *  Each row is one contact, so counting rows counts contacts. */
export function visitsDownload(
  events: VisitEvent[],
  data: { aggregates: Aggregation[]; sources: Map<string, Source> },
  scope: DownloadScope,
): ChartDownload {
  return {
    ...scope,
    columns: [...VISIT_COLUMNS, ...READABLE_COLUMNS.events],
    rows: events.map((e) => ({
      ...e,
      host_name: countryName(e.host, data.aggregates),
      guest_name: countryName(e.guest, data.aggregates),
      partner_name: countryName(eventPartner(e), data.aggregates),
      ...citation([e.source_id], data.sources),
    })),
  };
}
