// The shapes the SIPRI importer hands back: rows in the data contract's columns, source rows and problems.
import type { Edition } from '../../state/viewState.ts';

/** The three layouts of SIPRI Arms Transfers Database exports the importer recognises. */
export type SipriLayout =
  /** Trade register, newer form: one row per deal and delivery year, with "TIV delivery values". */
  | 'register-deliveries'
  /** Trade register, older form: one row per deal, "Year(s) of delivery" lists, "?" columns. */
  | 'register-deals'
  /** TIV table: one row per partner, a column per year. */
  | 'tiv-table';

/** One observation, every column as the CSV will hold it (data contract, DESIGN.md). A type, not an
 *  interface, so it passes where string records are expected (the CSV writer). */
export type ObservationRow = {
  indicator: string;
  period: string;
  from: string;
  to: string;
  value: string;
  unit: string;
  qualifier: string;
  item: string;
  source_id: string;
  note: string;
};

export type SourceRow = {
  source_id: string;
  publisher: string;
  title: string;
  url: string;
  published: string;
  evidence: string;
};

/** A problem with the file, at a row as a spreadsheet numbers it (counting SIPRI's note lines). */
export interface ImportProblem {
  row: number;
  /** Header of the column; empty for a problem with the whole row or file. */
  column: string;
  value: string;
  reason: string;
  /** Whether data of the file is missing from the output because of it. */
  lost: boolean;
}

/** One record of the file: its spreadsheet row number and its cells. */
export interface SipriRecord {
  row: number;
  cells: string[];
}

/** A file's data rows below its header, with what its note lines say. */
export interface SipriTable {
  header: string[];
  headerRow: number;
  records: SipriRecord[];
  notes: string[];
}

/** What a converter gives back. */
export interface Converted {
  rows: ObservationRow[];
  problems: ImportProblem[];
  /** Things the editor should know that are not problems (e.g. orders with no deliveries yet). */
  remarks: string[];
}

export interface SipriImport extends Converted {
  layout: SipriLayout;
  /** ISO date (YYYY-MM-DD) from the notes' "Generated:" line, or null when the file does not say. */
  generated: string | null;
  sourceId: string;
  sources: SourceRow[];
  /** The dashboard edition the rows belong to; null for rows outside the TIV series. */
  edition: Edition | null;
  /** Data rows below the header (blank lines not counted). */
  rowsRead: number;
}
