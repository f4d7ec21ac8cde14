// The messages between the page and the CSV import worker: one request in; progress a few times a
// second and one final message out (never a message per row).
import type { DataPackage, Source } from '../data/types.ts';
import type { StateDomain, ViewState } from '../state/viewState.ts';
import type { PanelFacts } from '../dashboard/panelFacts.ts';
import type { Headline } from '../dashboard/headlines.ts';
import type { ViewId } from '../catalogue/catalogue.ts';
import type { ModelOf } from '../catalogue/viewModels.ts';
import type { MapSize, WireModel } from '../catalogue/wireModel.ts';
import type { ChartDownload, ChartTable } from '../frame/tableTypes.ts';
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

/** A whole file read and validated, in the worker: its tables (rows and every problem included). */
export interface CheckResult {
  resource: string;
  by: ImportDone['by'];
  ms: number;
  sipri?: SipriSummary;
  /** The file's tables and those checked again. */
  tables: Record<string, TableResult>;
}

/** The whole file was read and validated. `tables` holds the file's table and any table whose
 *  foreign keys point at it (checked again), with their counts but no rows and no `errors`
 *  (`problems` has them): the rows stay in the worker, which answers the preview (PreviewQuestion). */
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
  facts: PreviewFacts;
}

/** What the page needs of a preview once, whatever the state: with the claims tested against the
 *  previewed data and the Data panel's lines for the file's datasets. */
export interface PreviewFacts extends PanelFacts {
  domain: StateDomain;
  sources: Source[];
  /** The ISO names of the country codes in the previewed tables (an editor's file may add countries). */
  names: Record<string, string>;
}

/** page → worker, once a check is done: one answer per question, `key` echoed. */
export type PreviewQuestion = { key: string; state: ViewState } & (
  | { ask: 'headlines' }
  | { ask: 'model' | 'table' | 'download'; id: ViewId; size: MapSize }
);

export type PreviewAnswer =
  | { ask: 'headlines'; key: string; headlines: Headline[] }
  | { ask: 'model'; key: string; model: WireModel<ModelOf[ViewId]> }
  | { ask: 'table'; key: string; table: ChartTable }
  | { ask: 'download'; key: string; download: ChartDownload };

/** Nothing can be previewed: the text is not UTF-8, the dataset is not recognised, the file
 *  cannot be read. */
export interface ImportFailed {
  type: 'failed';
  reason: 'not-utf8' | 'unrecognised' | 'unreadable';
  detail: string;
}

/** worker → page. */
export type ImportMessage = ImportProgress | ImportDone | ImportFailed | ({ type: 'answer' } & PreviewAnswer);

/** page → worker: the check, then questions about its preview. */
export type WorkerInbound = ImportRequest | ({ type: 'ask' } & PreviewQuestion);
