// The import worker's work, as a plain async function (tested in Node): read a data editor's file in
// slices, recognise its dataset from its first lines, and validate it as it streams in against the
// published package, so the file is parsed once and never held whole.
import type { DataPackage, Resource } from '../data/types.ts';
import type { TableResult } from '../data/validateTable.ts';
import { createTableValidator, type TableValidator } from '../data/tableValidator.ts';
import { createCsvReader, type CsvReader } from '../data/csvReader.ts';
import { cites, packageContext, recordKeys, validateResource } from '../data/validatePackage.ts';
import type { CheckResult, ImportMessage, ImportRequest } from './importProtocol.ts';
import { readFileText } from './readFileText.ts';
import { datasetFromName, headIsEnough, readHead, recogniseDataset, type Recognised } from './recogniseDataset.ts';
import { progressGate } from './progressGate.ts';
import { checkSipriExport } from './checkSipriExport.ts';

/** The reader's file checked as `resource`, between the tables it cites and those citing it. */
function streamCheck(descriptor: DataPackage, texts: ImportRequest['texts'], resource: Resource, fileName: string) {
  const ctx = packageContext(descriptor, Infinity);
  const tables: Record<string, TableResult> = {};
  // The published tables this file's foreign keys point into give the keys it may use.
  for (const cited of descriptor.resources.filter((r) => cites(resource, r.name))) {
    recordKeys(ctx, cited, validateResource(cited, texts[cited.path], ctx));
  }
  const validator: TableValidator = createTableValidator(resource, { ...ctx, file: fileName });
  const reader: CsvReader = createCsvReader(validator, resource);
  /** After the last piece: the file's table, and the published tables that cite it checked again. */
  const finish = (): Record<string, TableResult> => {
    const delimiter = reader.end();
    const table = { ...validator.finish(), delimiter };
    tables[resource.name] = table;
    recordKeys(ctx, resource, table);
    for (const citing of descriptor.resources.filter((r) => cites(r, resource.name))) {
      tables[citing.name] = validateResource(citing, texts[citing.path], ctx);
    }
    return tables;
  };
  return { resource: resource.name, reader, finish, citedBy: descriptor.resources.some((r) => cites(r, resource.name)) };
}

/** Runs one request, posting progress at most every `everyMs` (and `failed` when the file cannot
 *  be checked); returns the checked tables when the whole file was read, else null. */
export async function importCsv(request: ImportRequest, post: (m: ImportMessage) => void, everyMs = 100, now = () => performance.now()): Promise<CheckResult | null> {
  const started = now();
  const sipri = await checkSipriExport(request, post, started, now);
  if (sipri !== false) return sipri;
  const { file, descriptor, texts } = request;
  const open = progressGate(everyMs, now);
  const named = datasetFromName(file.name, descriptor.resources);
  let recognised: Recognised | null = request.resource ? null : named ? { resource: named, by: 'name' } : null;
  let check: ReturnType<typeof streamCheck> | null = null;
  /** The file's first text, kept only until its dataset is known. */
  let head = '';

  /** Starts the check once the dataset is known: chosen, named, or read from the head. */
  function begin(last: boolean): boolean {
    const byHead = () => {
      const { header, rows } = readHead(head, descriptor);
      return recogniseDataset(file.name, header, rows, descriptor);
    };
    if (!request.resource && !recognised && (last || headIsEnough(head))) recognised = byHead();
    const name = request.resource ?? recognised?.resource;
    const resource = descriptor.resources.find((r) => r.name === name);
    if (!resource) return false;
    check = streamCheck(descriptor, texts, resource, file.name);
    check.reader.push(head);
    head = '';
    return true;
  }

  let utf8: boolean;
  try {
    utf8 = await readFileText(file, (text, bytes) => {
      if (check) check.reader.push(text);
      else {
        head += text;
        begin(bytes === file.size);
      }
      if (open()) post({ type: 'progress', stage: 'read', rows: check?.reader.records ?? 0, bytes, totalBytes: file.size });
    });
  } catch (e) {
    post({ type: 'failed', reason: 'unreadable', detail: String(e) });
    return null;
  }
  if (!utf8) {
    post({ type: 'failed', reason: 'not-utf8', detail: '' });
    return null;
  }
  // An empty file hands over no text: the chosen or named dataset still gets its "empty file" problem.
  if (!check && !begin(true)) {
    const { header } = readHead(head, descriptor);
    post({ type: 'failed', reason: 'unrecognised', detail: header.join(',').slice(0, 80) });
    return null;
  }
  const { resource, reader, finish, citedBy } = check!;
  if (citedBy) post({ type: 'progress', stage: 'validate', rows: reader.records, bytes: file.size, totalBytes: file.size });
  const tables = finish();
  return { resource, by: recognised?.by ?? 'reader', ms: now() - started, tables };
}
