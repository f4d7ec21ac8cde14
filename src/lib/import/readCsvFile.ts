// Reads a File in slices, refusing text that is not UTF-8, and parses it as it comes (PapaParse's
// parser, fed chunk by chunk): the rows are counted and the first ones handed over, never kept.
import Papa from 'papaparse';
import { utf8Stream } from './utf8Stream.ts';

export interface ReadProgress {
  rows: number;
  bytes: number;
  totalBytes: number;
}

export interface ReadHandlers {
  /** Called with each slice's parsed records, in order (the header and any note lines first). */
  records: (records: string[][]) => void;
  progress: (p: ReadProgress) => void;
}

/** The file's text, or null when it is not UTF-8. `chunkBytes` is the slice size. */
export async function readCsvFile(file: Blob, on: ReadHandlers, chunkBytes = 1 << 20): Promise<string | null> {
  const decode = utf8Stream();
  const texts: string[] = [];
  let parser: Papa.Parser | null = null;
  let partial = '';
  let rows = 0;
  for (let at = 0; at < file.size || at === 0; at += chunkBytes) {
    const done = at + chunkBytes >= file.size;
    const text = decode(new Uint8Array(await file.slice(at, at + chunkBytes).arrayBuffer()), done);
    if (text === null) return null;
    texts.push(text);
    const input = partial + text;
    // The line ending is the file's own; a CRLF file parsed on "\n" would keep "\r" in its last cells.
    parser ??= new Papa.Parser({ delimiter: ',', newline: /\r\n/.test(input.slice(0, input.indexOf('\n') + 1)) ? '\r\n' : '\n' });
    // Without `done` the last, maybe cut, row is left for the next slice: the cursor says where it starts.
    const parsed = parser.parse(input, 0, !done) as Papa.ParseResult<string[]>;
    partial = input.slice(parsed.meta.cursor);
    const records = parsed.data.filter((r) => !(r.length === 1 && r[0] === ''));
    rows += records.length;
    on.records(records);
    on.progress({ rows, bytes: Math.min(at + chunkBytes, file.size), totalBytes: file.size });
    if (done) break;
  }
  return texts.join('');
}
