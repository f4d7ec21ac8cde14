// The messages between the page and the CSV import worker: one request in; progress a few times a
// second and one final message out (never a message per row).
import type { DataPackage } from '../data/types.ts';
import type { TableResult } from '../data/validateTable.ts';
import type { Recognised } from './recogniseDataset.ts';
import type { ProblemReport } from './problemReport.ts';
import type { SipriSummary } from './sipri/sipriPreview.ts';

/** page → worker: check `file` as `resource` (or the dataset it is recognised as, when null)
 *  against the published package (its descriptor and file texts). */
export interface ImportRequest {
  type: 'check';
  file: File;
  resource: string | null;
  descriptor: DataPackage;
  texts: Record<string, string | undefined>;
}

export interface ImportProgress {
  type: 'progress';
  /** 'read' while bytes come in; 'validate' once the whole file is read. */
  stage: 'read' | 'validate';
  rows: number;
  bytes: number;
  totalBytes: number;
}

/** The whole file was read and validated. `tables` holds the file's table and any table whose
 *  foreign keys point at it (checked again); each table's `errors` is empty: `problems` has them. */
export interface ImportDone {
  type: 'done';
  resource: string;
  /** How the dataset was chosen: by the reader, or recognised (a SIPRI export: always defence imports). */
  by: Recognised['by'] | 'reader' | 'sipri';
  tables: Record<string, TableResult>;
  problems: ProblemReport;
  /** Milliseconds the worker took, for the page's log and the benchmark. */
  ms: number;
  /** For a SIPRI export, what was imported from it; `tables` then holds defense-imports and sources. */
  sipri?: SipriSummary;
}

/** Nothing can be previewed: the text is not UTF-8, the dataset is not recognised, the file
 *  cannot be read. */
export interface ImportFailed {
  type: 'failed';
  reason: 'not-utf8' | 'unrecognised' | 'unreadable';
  detail: string;
}

export type ImportMessage = ImportProgress | ImportDone | ImportFailed;
