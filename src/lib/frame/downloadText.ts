// The text a download saves (a note line saying what the file holds, then the rows as CSV), and saving it:
// loaded when a reader first asks for a download.
import type { ChartDownload } from './tableTypes.ts';
import type { ViewFrame } from './viewFrame.ts';
import { NOTE_MARKER, SUM_NOTE } from '../data/readableColumns.ts';
import { countryName } from '../geo/countryNames.ts';
import { toCsv } from '../export/toCsv.ts';
import { downloadCsv } from '../export/downloadCsv.ts';
import { viewUrl } from '../export/viewUrl.ts';
import { strings } from '../strings.ts';
import { downloadStrings } from '../viewStrings/downloads.ts';

/**
 * The file's first line, a note the checker and CSV readers with a comment character skip: the
 * view's title and subtitle (unit, years), the selection when it limited the rows, the row count,
 * how to add up when some rows must not be, and `link`, the dashboard address of the view.
 */
export function downloadNote(frame: Pick<ViewFrame, 'title' | 'subtitle'>, download: ChartDownload, link: string): string {
  const names = download.limitedTo.map((code) => countryName(code));
  const marked = download.rows.some((r) => r[SUM_NOTE]);
  const text = downloadStrings.note(frame.title, frame.subtitle, names.length ? strings.listNames(names, false) : null, download.rows.length, marked, link);
  // One line, whatever a title holds: a line break would end the note and start a row.
  return `${NOTE_MARKER} ${text.replace(/[\r\n]+/g, ' ')}`;
}

/** The CSV text of a download, its note line first. */
export function downloadText(frame: Pick<ViewFrame, 'title' | 'subtitle'>, download: ChartDownload, link: string): string {
  return toCsv(download.columns, download.rows, [downloadNote(frame, download, link)]);
}

/** Saves a view's download as its CSV file, the note naming the dashboard address of the view on screen. */
export function saveDownload(frame: Pick<ViewFrame, 'title' | 'subtitle'>, download: ChartDownload): void {
  downloadCsv(download.filename, downloadText(frame, download, viewUrl(window.location.href)));
}
