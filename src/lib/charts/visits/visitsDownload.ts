// The visits chart's download: visits.csv's columns, then names and a citation per contact.
import type { Aggregation, Source, VisitEvent } from '../../data/types.ts';
import { eventPartner } from '../../data/partner.ts';
import { READABLE_COLUMNS } from '../../data/readableColumns.ts';
import { countryName } from '../../geo/countryNames.ts';
import type { ChartDownload } from '../../frame/tableTypes.ts';
import type { DownloadScope } from '../../frame/downloadScope.ts';
import { citation } from '../../frame/citation.ts';

/** The columns of visits.csv, the data contract. */
export const VISIT_COLUMNS = [
  'start_date', 'end_date', 'host', 'guest', 'kind', 'date_precision', 'level', 'initiator', 'people', 'title', 'source_id', 'note',
];

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
