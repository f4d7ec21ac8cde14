// A data editor's checked file as the dashboard previews it.
import type { LoadedPackage } from '../data/loadPackage.ts';
import type { ProblemReport } from '../import/problemReport.ts';
import type { PreviewFacts } from '../import/importProtocol.ts';
import type { PreviewModels } from './PreviewModels.svelte.ts';

export interface Preview {
  /** The file's name, as the reader chose it. */
  file: string;
  resource: string;
  /** The file's rows were added to the published dataset (a SIPRI export), not put in its place. */
  merged: boolean;
  /** The published package with the checked tables' counts in place (their rows stay in the worker). */
  pkg: LoadedPackage;
  problems: ProblemReport;
  facts: PreviewFacts;
  /** Asks the worker holding the rows for each view's model. */
  models: PreviewModels;
}
