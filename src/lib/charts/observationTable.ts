// The table of a chart built from observations: limited to the selection, a source per row.
import type { Aggregation, Observation } from '../data/types.ts';
import { countryName } from '../geo/countryNames.ts';
import { formatExact, formatPeriod, QUALIFIER_LABELS, unitLabel } from '../format.ts';
import type { ChartTable } from '../frame/tableTypes.ts';

/** Rows for the table: who, when, the exact figure with its qualifier, and the source. */
export function observationTable(rows: Observation[], aggregates: Aggregation[]): ChartTable {
  return {
    columns: [
      { key: 'from', label: 'From' },
      { key: 'to', label: 'To' },
      { key: 'period', label: 'Period', date: true },
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
