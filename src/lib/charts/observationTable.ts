// The table and download of a chart built from observations: limited to the selection, a source per row.
import type { Aggregation, Observation } from '../data/types.ts';
import type { DashboardData } from '../data/dashboardData.ts';
import { READABLE_COLUMNS } from '../data/readableColumns.ts';
import { countryName } from '../geo/countryNames.ts';
import { formatExact, formatPeriod, QUALIFIER_LABELS, unitLabel } from '../format.ts';
import type { ChartDownload, ChartTable } from '../frame/tableTypes.ts';
import type { DownloadScope } from '../frame/downloadScope.ts';
import { citation } from '../frame/citation.ts';
import { sumNotes } from './sumNotes.ts';

export const OBSERVATION_COLUMNS = ['indicator', 'period', 'from', 'to', 'value', 'unit', 'qualifier', 'item', 'source_id', 'note'];

/** Rows for the table: who, when, the exact figure with its qualifier, and the source. */
export function observationTable(rows: Observation[], aggregates: Aggregation[]): ChartTable {
  return {
    columns: [
      { key: 'from', label: 'From' },
      { key: 'to', label: 'To' },
      { key: 'period', label: 'Period' },
      { key: 'value', label: 'Value', numeric: true },
      { key: 'unit', label: 'Unit' },
      { key: 'qualifier', label: 'Reads as' },
      { key: 'source', label: 'Source', source: true },
    ],
    rows: rows.map((r, i) => ({
      key: `${i}:${r.source_id}:${r.period}:${r.from}:${r.to}:${r.value}`,
      from: countryName(r.from, aggregates),
      to: countryName(r.to, aggregates),
      period: formatPeriod(r.period),
      value: formatExact(r.value),
      unit: unitLabel(r.unit),
      qualifier: QUALIFIER_LABELS[r.qualifier],
      source: r.source_id,
    })),
  };
}

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
