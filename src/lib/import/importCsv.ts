// The import worker's work, as a plain async function (tested in Node): read and parse a data
// editor's file, recognise its dataset, validate it against the published package, sum it up.
import type { TableResult } from '../data/validateTable.ts';
import { replaceFile } from '../data/replaceFile.ts';
import type { ImportMessage, ImportRequest } from './importProtocol.ts';
import { readCsvFile } from './readCsvFile.ts';
import { recogniseDataset, type Recognised } from './recogniseDataset.ts';
import { problemReport } from './problemReport.ts';
import { progressGate } from './progressGate.ts';
import { checkSipriExport } from './checkSipriExport.ts';

/** Data rows enough to tell the observation files apart by their indicators. */
const SAMPLE_ROWS = 50;

/** Runs one request, posting progress at most every `everyMs` and then one final message. */
export async function importCsv(request: ImportRequest, post: (m: ImportMessage) => void, everyMs = 100, now = () => performance.now()): Promise<void> {
  const started = now();
  if (await checkSipriExport(request, post, started, now)) return;
  const { file, descriptor } = request;
  const open = progressGate(everyMs, now);
  let header: string[] | null = null;
  const sample: string[][] = [];
  let dataRows = 0;
  const commentChars = new Set(descriptor.resources.map((r) => r.dialect?.commentChar).filter(Boolean));

  let text: string | null;
  try {
    text = await readCsvFile(file, {
      records: (records) => {
        for (const r of records) {
          if (header) {
            dataRows += 1;
            if (sample.length < SAMPLE_ROWS) sample.push(r);
          } else if (!commentChars.has(r[0]?.[0])) header = r;
        }
        // Here, once validateTable can take records chunk by chunk (createTableValidator), the
        // validator gets them; the text is then no longer kept and validated a second time below.
      },
      progress: (p) => {
        if (open()) post({ type: 'progress', stage: 'read', ...p, rows: dataRows });
      },
    });
  } catch (e) {
    post({ type: 'failed', reason: 'unreadable', detail: String(e) });
    return;
  }
  if (text === null) {
    post({ type: 'failed', reason: 'not-utf8', detail: '' });
    return;
  }
  const recognised: Recognised | null = request.resource ? null : recogniseDataset(file.name, header ?? [], sample, descriptor);
  const resource = request.resource ?? recognised?.resource;
  if (!resource) {
    post({ type: 'failed', reason: 'unrecognised', detail: (header ?? []).join(',').slice(0, 80) });
    return;
  }
  post({ type: 'progress', stage: 'validate', rows: dataRows, bytes: file.size, totalBytes: file.size });
  const checked = replaceFile({ descriptor, texts: request.texts, urls: {}, tables: {}, errors: [], problemsTotal: 0 }, resource, text, { maxProblems: Infinity });
  const changed = descriptor.resources
    .filter((r) => r.name === resource || (r.schema.foreignKeys ?? []).some((fk) => fk.reference.resource === resource))
    .map((r) => r.name);
  const tables: Record<string, TableResult> = Object.fromEntries(changed.map((name) => [name, { ...checked.tables[name]!, errors: [] }]));
  post({
    type: 'done',
    resource,
    by: recognised?.by ?? 'reader',
    tables,
    problems: problemReport(changed.flatMap((name) => checked.tables[name]!.errors)),
    ms: now() - started,
  });
}
