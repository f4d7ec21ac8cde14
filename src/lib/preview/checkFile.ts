// The end of every check (an editor's CSV or a SIPRI export): the preview's host built where the
// rows are, and one `done` message with the checked tables' counts, their problems and the facts
// the page needs, never their rows.
import { validatePackage } from '../data/validatePackage.ts';
import type { CheckResult, ImportMessage, ImportRequest } from '../import/importProtocol.ts';
import { importCsv } from '../import/importCsv.ts';
import { problemReport } from '../import/problemReport.ts';
import { createPreviewHost, type PreviewHost } from './previewHost.ts';

/** Posts `done` for a check's result (the file's tables and those checked again) and returns the host. */
export function finishCheck(request: ImportRequest, result: CheckResult, post: (m: ImportMessage) => void): PreviewHost {
  const { descriptor, texts } = request;
  const { tables: checked, ...done } = result;
  // The published files the check left alone, read here too (the preview draws every dataset); only
  // those: a file citing a checked one was checked again with it, so none left alone cites it.
  const untouched = { ...descriptor, resources: descriptor.resources.filter((r) => !(r.name in checked)) };
  const tables = { ...validatePackage(untouched, texts).tables, ...checked };
  const changed = descriptor.resources.filter((r) => r.name in checked).map((r) => r.name);
  const host = createPreviewHost(descriptor, tables, changed);
  post({
    type: 'done',
    ...done,
    tables: Object.fromEntries(changed.map((name) => [name, { ...checked[name]!, rows: [], errors: [] }])),
    problems: problemReport(changed.flatMap((name) => checked[name]!.errors)),
    facts: host.facts,
  });
  return host;
}

/** Checks a file (progress and any failure posted as it goes), then posts `done`; the host when
 *  the whole file was read, else null. */
export async function checkFile(request: ImportRequest, post: (m: ImportMessage) => void, everyMs?: number, now?: () => number): Promise<PreviewHost | null> {
  const result = await importCsv(request, post, everyMs, now);
  return result && finishCheck(request, result, post);
}
