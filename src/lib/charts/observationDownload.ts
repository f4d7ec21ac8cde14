// The download of a chart built from observations: the contract's columns, then names, a sum note
// and a citation per row.
import type { Observation } from '../data/types.ts';
import type { DashboardData } from '../data/dashboardData.ts';
import { READABLE_COLUMNS } from '../data/readableColumns.ts';
import { countryName } from '../geo/countryNames.ts';
import type { ChartDownload } from '../frame/tableTypes.ts';
import type { DownloadScope } from '../frame/downloadScope.ts';
import { citation } from '../frame/citation.ts';
import { sumNotes } from './sumNotes.ts';
import { OBSERVATION_COLUMNS } from '../data/contractColumns.ts';

/**
 * The download: the rows in the data contract's own columns, so they load back as they are, then
 * the declared readable ones: the names of `from` and `to`, whether the row may be summed with
 * the others (sumNotes) and its source as a citation. `resource` names the rows' dataset.
 */
export function observationDownload(
  rows: Observation[],
  data: Pick<DashboardData, 'aggregates' | 'sources' | 'indicators'>,
  resource: string,
  scope: DownloadScope,
): ChartDownload {
  const notes = sumNotes(rows, data.aggregates, data.indicators[resource] ?? {});
  return {
    ...scope,
    columns: [...OBSERVATION_COLUMNS, ...READABLE_COLUMNS.observations],
    rows: rows.map((r, i) => ({
      ...r,
      from_name: countryName(r.from, data.aggregates),
      to_name: countryName(r.to, data.aggregates),
      sum_note: notes[i],
      ...citation([r.source_id], data.sources),
    })),
  };
}
