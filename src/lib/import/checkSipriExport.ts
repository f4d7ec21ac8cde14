// The import worker's way with a SIPRI export: converted into the package's defense-imports and
// sources, checked with the rest of the package, and posted as one `done` with what was imported.
import { decodeUtf8 } from '../data/decodeUtf8.ts';
import { validatePackage } from '../data/validatePackage.ts';
import type { CheckResult, ImportMessage, ImportRequest } from './importProtocol.ts';
import { looksLikeSipriExport } from './sipri/looksLikeSipriExport.ts';
import { SIPRI_RESOURCE, sipriPreview } from './sipri/sipriPreview.ts';

/** Enough for SIPRI's note lines and header (a few hundred bytes) with room to spare. */
const HEAD_BYTES = 64 * 1024;

/**
 * Checks `request.file` as a SIPRI export if its first bytes say it is one, and then only: false
 * leaves the file to the ordinary check; null says it was one but is not UTF-8; else its checked
 * tables. A SIPRI export holds defence imports, whatever dataset was chosen. It is read whole:
 * SIPRI's exports are a few MB, and the rows are summed across the file.
 */
export async function checkSipriExport(request: ImportRequest, post: (m: ImportMessage) => void, started: number, now: () => number): Promise<CheckResult | null | false> {
  const { file, descriptor } = request;
  const head = new TextDecoder().decode(await file.slice(0, HEAD_BYTES).arrayBuffer());
  if (!looksLikeSipriExport(head, descriptor)) return false;
  const decoded = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
  if (decoded.problem) {
    post({ type: 'failed', reason: 'not-utf8', detail: decoded.problem.reason });
    return null;
  }
  const preview = sipriPreview(decoded.text, file.name, request);
  if (!preview) return false;
  post({ type: 'progress', stage: 'validate', rows: preview.summary.rowsRead, bytes: file.size, totalBytes: file.size });
  const checked = validatePackage(descriptor, { ...request.texts, ...preview.texts }, { maxProblems: Infinity });
  // sources.csv only gains (or renews) the file's source row, so the files citing it need no new check.
  const changed = descriptor.resources.filter((r) => r.path in preview.texts).map((r) => r.name);
  const tables = Object.fromEntries(changed.map((name) => [name, checked.tables[name]!]));
  return { resource: SIPRI_RESOURCE, by: 'sipri', ms: now() - started, sipri: preview.summary, tables };
}
