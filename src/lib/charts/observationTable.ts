// The table and download of a chart built from observations: limited to the selection, a source per row.
import type { Aggregation, Observation } from '../data/types.ts';
import { countryName } from '../geo/countryNames.ts';
import { formatExact, formatPeriod, QUALIFIER_LABELS, unitLabel } from '../format.ts';
import type { ChartDownload, ChartTable } from '../frame/tableTypes.ts';

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

/** The download: the same rows in the data contract's own columns, so they load back as they are. */
export function observationDownload(rows: Observation[], filename: string): ChartDownload {
  return { filename, columns: OBSERVATION_COLUMNS, rows: rows.map((r) => ({ ...r })) };
}
