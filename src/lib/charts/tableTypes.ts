// The shape of a chart's data table and download, shared by every chart.
import type { CsvCell } from '../export/toCsv.ts';

export interface TableColumn {
  key: string;
  label: string;
  /** Right-aligned tabular figures. */
  numeric?: boolean;
  /** The cell holds a source_id: shown as the source's publisher, linked when safe. */
  source?: boolean;
}

export type TableRow = Record<string, CsvCell> & { key: string };

export interface ChartTable {
  columns: TableColumn[];
  rows: TableRow[];
}

/** What "Download data" saves: the chart's rows in the data contract's columns. */
export interface ChartDownload {
  filename: string;
  columns: string[];
  rows: Record<string, CsvCell>[];
}
