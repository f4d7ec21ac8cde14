// Every string a reader sees in the Data and Sources panels and a SIPRI import, in one place (ready for translation); a module of its
// own so a page loads only the strings of the views it draws.
import type { ImportProblem, SipriLayout } from '../import/sipri/types.ts';
import type { Edition } from '../state/viewState.ts';
import { formatCount } from '../format.ts';

// Reader-visible strings of the Data and Sources panels.

export const panelStrings = {
  dataPanelTitle: 'Data',
  /** The scrolling table of the Data panel: a region of its own, named apart from the panel. */
  dataCountsRegion: 'Rows read, kept and rejected per file',
  dataPanelIntro: 'Each dataset as checked when the site was built, or your own copy as checked in your browser. Rows that fail a check are listed and left out; all the others are shown.',
  rowsRead: 'Rows read',
  rowsKept: 'Rows kept',
  rowsRejected: 'Rows rejected',
  indicators: 'Indicators',
  years: 'Years',
  problems: (n: number) => `${formatCount(n)} problem${n === 1 ? '' : 's'} found in the data`,
  checkTitle: 'Check your own copy of a dataset',
  checkIntro:
    'Choose or drop an edited CSV, or a CSV export of the SIPRI Arms Transfers Database: it is checked at once, its problems are listed in the Data panel above with their row and column, and the dashboard previews its valid rows. Nothing is uploaded; the file stays in your browser.',
  checkFile: 'CSV file',
  checkDataset: 'Dataset it replaces',
  checkChoose: 'Choose a dataset',
  checkButton: 'Check and preview',
  /** Why "Check and preview" is disabled while a file is read. */
  checkBusy: 'A file is being checked: wait for it or cancel it to check again.',
  checkRecognised: {
    name: 'Recognised from the file name.',
    header: 'Recognised from the header row.',
    indicators: 'Recognised from the indicators in its rows.',
    reader: 'As you chose.',
    sipri: 'A SIPRI Arms Transfers Database export: its rows are defence imports, whatever dataset is chosen.',
  },
  checkProgressLabel: (file: string) => `Reading ${file}`,
  checkProgress: (rows: number, bytes: number, total: number) =>
    `${formatCount(rows)} rows · ${(bytes / 1e6).toFixed(1)} of ${(total / 1e6).toFixed(1)} MB`,
  checkValidating: (rows: number) => `Checking ${formatCount(rows)} rows…`,
  checkCancel: 'Cancel',
  checkCancelled: (file: string) => `The check of ${file} was cancelled; the dashboard is unchanged.`,
  checkFailed: {
    'not-utf8': (file: string) => `${file} is not UTF-8 text. Save it as "CSV UTF-8" and choose it again.`,
    unrecognised: (file: string) => `Which dataset ${file} stands for could not be told from its name or header: choose the dataset it replaces.`,
    unreadable: (file: string) => `${file} could not be read.`,
    nothingKept: (file: string) => `No row of ${file} passed the checks, so it is not previewed; its problems are listed below.`,
  },
  problemsByReason: 'Problems by reason',
  moreProblems: (n: number) => `${formatCount(n)} more problem${n === 1 ? '' : 's'} not listed here.`,
  downloadProblems: 'Download all problems (CSV)',
  previewing: (file: string, dataset: string) => `Previewing your file ${file} in place of ${dataset}.`,
  /** A SIPRI export's rows go into the published dataset rather than replace it. */
  previewingMerged: (file: string, dataset: string) => `Previewing ${dataset} with the rows of your SIPRI file ${file}.`,
  /** Beside previewingMerged: the counts are the dataset's, not the file's. */
  previewMergedCounts: (read: number, kept: number, rejected: number) =>
    `The dataset as previewed: ${formatCount(read)} rows read, ${formatCount(kept)} kept, ${formatCount(rejected)} rejected.`,
  previewCounts: (read: number, kept: number, rejected: number) =>
    `${formatCount(read)} rows read, ${formatCount(kept)} kept, ${formatCount(rejected)} rejected.`,
  backToPublished: 'Back to the published data',
  sourcesTitle: 'Sources',
  allSources: (n: number) => `All ${n} sources`,
} as const;

// Reader-visible strings of a SIPRI export's import: the page's summary and `npm run import-sipri`.

export const sipriStrings = {
  layouts: {
    'register-deliveries': 'trade register, one row per deal and delivery year',
    'register-deals': 'trade register, one row per deal',
    'tiv-table': 'TIV table, a row per partner and a column per year',
  } satisfies Record<SipriLayout, string>,
  title: 'What was imported from SIPRI',
  /** "SIPRI trade register, …, generated 2026-02-12 → 144 rows of arms_transfers_tiv_regsum (from 1,264 read)". */
  outline: (layout: SipriLayout, generated: string | null, written: number, indicators: readonly string[], read: number) =>
    `SIPRI ${sipriStrings.layouts[layout]}, ${generated ? `generated ${generated}` : 'no generation date in the file'} → ${formatCount(written)} rows of ${indicators.join(', ') || 'no indicator'} (from ${formatCount(read)} rows read)`,
  source: (sourceId: string, edition: string | null) => `Source ${sourceId}${edition ? `; ${edition}` : ''}.`,
  superseded: (n: number, sourceIds: readonly string[]) =>
    n === 0 ? 'No published row is replaced: the imported rows are added.' : `They replace ${formatCount(n)} published rows for the same indicator, parties and years (${sourceIds.join(', ')}).`,
  /** Where the arms chart draws the rows; `option` is the edition menu's label. */
  drawnIn: (option: string) => `The arms chart draws them when its Edition menu is set to "${option}".`,
  notDrawnEdition: (option: string, sources: readonly string[]) =>
    `The arms chart does not draw them: its edition "${option}" holds only ${sources.join(', ')}.`,
  notDrawn: 'No chart draws these rows; they are checked and counted in the Data panel.',
  problemsTitle: (n: number) => `${formatCount(n)} problem${n === 1 ? '' : 's'} in the SIPRI file`,
  /** One problem as a line: "row 14, column "Recipient", "Atlantis": cannot map …". */
  problem: (p: ImportProblem) => `row ${p.row}${p.column ? `, column "${p.column}"` : ''}${p.value ? `, "${p.value}"` : ''}: ${p.reason}`,
  unmapped: (names: readonly string[]) => `Names not mapped to a country code: ${names.join('; ')}.`,
  remarksTitle: 'Notes',
  /** The page previews; the script writes. Its options are the ones the converter's notes name. */
  toWrite: 'To write these rows into data/, run',
  toWriteCommand: (file: string) => `npm run import-sipri -- ${file}`,
  toWriteOptions: "Its options --generated, --all-imports-of and --all-exports-of complete a copy that lost SIPRI's note lines.",
} as const;
