// The arms chart's data tables: observation rows in the columns each view needs, limited to the selection.
import type { Aggregation, Observation } from '../../data/types.ts';
import type { CsvCell } from '../../export/toCsv.ts';
import { countryName } from '../../geo/countryNames.ts';
import { formatExact, formatPeriod, QUALIFIER_LABELS, unitLabel } from '../../format.ts';
import type { ChartTable, TableColumn } from '../../frame/tableTypes.ts';
import { armsStrings } from '../../viewStrings/arms.ts';
import { rowKey } from './rowKey.ts';

const c = armsStrings.columns;
const COLUMNS = {
  period: { key: 'period', label: c.period, date: true },
  from: { key: 'from', label: c.from },
  to: { key: 'to', label: c.to },
  item: { key: 'item', label: c.item },
  value: { key: 'value', label: c.value, numeric: true },
  unit: { key: 'unit', label: c.unit },
  qualifier: { key: 'qualifier', label: c.qualifier },
  source: { key: 'source', label: c.source, source: true },
  note: { key: 'note', label: c.note, prose: true },
} satisfies Record<string, TableColumn>;

export type ColumnKey = keyof typeof COLUMNS;

/**
 * A table of observations in the given columns; `extra` adds leading columns (e.g. the measure
 * or the edition) computed from each row.
 */
export function armsObservationTable(
  rows: Observation[],
  aggregates: Aggregation[],
  columns: ColumnKey[],
  extra: { column: TableColumn; cell: (r: Observation) => CsvCell }[] = [],
): ChartTable {
  return {
    columns: [...extra.map((e) => e.column), ...columns.map((c) => COLUMNS[c])],
    rows: rows.map((r) => ({
      key: rowKey(r),
      ...Object.fromEntries(extra.map((e) => [e.column.key, e.cell(r)])),
      period: formatPeriod(r.period),
      from: countryName(r.from, aggregates),
      to: countryName(r.to, aggregates),
      item: r.item ?? '',
      value: formatExact(r.value),
      unit: unitLabel(r.unit),
      qualifier: QUALIFIER_LABELS[r.qualifier],
      source: r.source_id,
      note: r.note ?? '',
    })),
  };
}
