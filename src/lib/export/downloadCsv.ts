// Hands a CSV text to the browser as a file download.
import { downloadFile } from './downloadFile.ts';

/** Saves `text` as `filename`, typed as UTF-8 CSV. */
export function downloadCsv(filename: string, text: string): void {
  downloadFile(filename, new Blob([text], { type: 'text/csv;charset=utf-8' }));
}
