// The shape of a chart's data table and download, shared by every chart.
import type { CsvCell } from '../export/toCsv.ts';
import type { DownloadScope } from './downloadScope.ts';

export interface TableColumn {
  key: string;
  label: string;
  /** Right-aligned tabular figures. */
  numeric?: boolean;
  /** A date, period or span of years: kept on one line, as a figure is ("15 – 16 Jan 2023" broke into
   *  four lines a row). */
  date?: boolean;
  /** The cell holds a source_id: shown as the source's publisher, linked when safe. */
  source?: boolean;
  /** The cell holds sentences (a note): given a reading width, as a source's title is, rather than
   *  squeezed to a column of single words. */
  prose?: boolean;
}

export type TableRow = Record<string, CsvCell> & { key: string };

export interface ChartTable {
  columns: TableColumn[];
  rows: TableRow[];
}

/** What "Download data" saves: observation rows in the data contract's own columns and the declared
 *  readable ones; a chart whose rows are summaries (the map's flows) names its own columns. Its
 *  scope (file name, the selection that limited it) goes into the file's note line. */
export interface ChartDownload extends DownloadScope {
  columns: string[];
  rows: Record<string, CsvCell>[];
}
