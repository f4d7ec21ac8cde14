// The page's side of the import worker: one check at a time. A newer file supersedes an older one
// (its worker ended, its late messages ignored), so a second file's name never shows over the
// first file's rows.
import type { ImportDone, ImportFailed, ImportMessage, ImportProgress, ImportRequest } from './importProtocol.ts';

/** What a check ends in; 'cancelled' also when a newer check superseded it. */
export type ImportOutcome = ImportDone | ImportFailed | { type: 'cancelled' };

export interface ImportRun {
  result: Promise<ImportOutcome>;
  cancel: () => void;
}

/** The part of a Worker the client uses (a fake one in tests). */
export interface WorkerLike {
  postMessage: (message: ImportRequest) => void;
  terminate: () => void;
  onmessage: ((e: MessageEvent<ImportMessage>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

const moduleWorker = (): WorkerLike =>
  new Worker(new URL('./csvImport.worker.ts', import.meta.url), { type: 'module' }) as WorkerLike;

/** A client whose `check` starts a worker per request and ends the one before it. */
export function importClient(makeWorker: () => WorkerLike = moduleWorker) {
  let current: { worker: WorkerLike; settle: (o: ImportOutcome) => void } | null = null;

  const stop = (outcome: ImportOutcome) => {
    const run = current;
    current = null;
    run?.worker.terminate();
    run?.settle(outcome);
  };

  return {
    check(request: ImportRequest, onProgress: (p: ImportProgress) => void): ImportRun {
      stop({ type: 'cancelled' });
      const worker = makeWorker();
      const result = new Promise<ImportOutcome>((resolve) => {
        const run = { worker, settle: resolve };
        current = run;
        worker.onmessage = (e) => {
          if (current !== run) return;
          if (e.data.type === 'progress') onProgress(e.data);
          else stop(e.data);
        };
        worker.onerror = (e) => {
          if (current === run) stop({ type: 'failed', reason: 'unreadable', detail: e.message });
        };
      });
      worker.postMessage(request);
      return {
        result,
        cancel: () => {
          if (current?.worker === worker) stop({ type: 'cancelled' });
        },
      };
    },
  };
}
