// The page's side of the import worker: one check at a time. A newer file supersedes an older one
// (its worker ended, its late messages ignored), so a second file's name never shows over the
// first file's rows. A check that ends in `done` hands its worker to the preview (a PreviewPort),
// which asks it about the file's rows until the preview is closed.
import type { ImportDone, ImportFailed, ImportMessage, ImportProgress, ImportRequest, PreviewAnswer, PreviewQuestion, WorkerInbound } from './importProtocol.ts';

/** Asks a finished check's worker about its preview; `close` ends the worker. */
export interface PreviewPort {
  ask<Q extends DistributiveOmit<PreviewQuestion, 'key'>>(question: Q): Promise<Extract<PreviewAnswer, { ask: Q['ask'] }>>;
  close(): void;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A done check with the worker that holds its rows. */
export type PreviewedCheck = ImportDone & { port: PreviewPort };

/** What a check ends in; 'cancelled' also when a newer check superseded it. */
export type ImportOutcome = PreviewedCheck | ImportFailed | { type: 'cancelled' };

export interface ImportRun {
  result: Promise<ImportOutcome>;
  cancel: () => void;
}

/** The part of a Worker the client uses (a fake one in tests). */
export interface WorkerLike {
  postMessage: (message: WorkerInbound) => void;
  terminate: () => void;
  onmessage: ((e: MessageEvent<ImportMessage>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

const moduleWorker = (): WorkerLike =>
  new Worker(new URL('../preview/previewWorker.ts', import.meta.url), { type: 'module' }) as WorkerLike;

/** The port of a worker whose check is done: each question gets a key, each answer settles its own. */
function previewPort(worker: WorkerLike): PreviewPort {
  const waiting = new Map<string, (answer: PreviewAnswer) => void>();
  let next = 0;
  worker.onmessage = (e) => {
    if (e.data.type !== 'answer') return;
    const { type: _type, ...answer } = e.data;
    waiting.get(answer.key)?.(answer);
    waiting.delete(answer.key);
  };
  return {
    ask(question) {
      const key = String(next++);
      return new Promise((resolve) => {
        waiting.set(key, resolve as (answer: PreviewAnswer) => void);
        worker.postMessage({ type: 'ask', key, ...question } as WorkerInbound);
      });
    },
    close() {
      worker.terminate();
      waiting.clear();
    },
  };
}

/** A client whose `check` starts a worker per request and ends the one before it. */
export function importClient(makeWorker: () => WorkerLike = moduleWorker) {
  let current: { worker: WorkerLike; settle: (o: ImportOutcome) => void } | null = null;

  const stop = (outcome: ImportFailed | { type: 'cancelled' }) => {
    const run = current;
    current = null;
    run?.worker.terminate();
    run?.settle(outcome);
  };

  return {
    /** `request` may still be on its way (the published texts are fetched on the first check). */
    check(request: ImportRequest | Promise<ImportRequest>, onProgress: (p: ImportProgress) => void): ImportRun {
      stop({ type: 'cancelled' });
      const worker = makeWorker();
      const result = new Promise<ImportOutcome>((resolve) => {
        const run = { worker, settle: resolve };
        current = run;
        worker.onmessage = (e) => {
          if (current !== run) return;
          if (e.data.type === 'progress') onProgress(e.data);
          else if (e.data.type === 'done') {
            current = null;
            resolve({ ...e.data, port: previewPort(worker) });
          } else if (e.data.type === 'failed') stop(e.data);
        };
        worker.onerror = (e) => {
          if (current === run) stop({ type: 'failed', reason: 'unreadable', detail: e.message });
        };
      });
      void Promise.resolve(request).then(
        (r) => worker.postMessage(r),
        (e: unknown) => current?.worker === worker && stop({ type: 'failed', reason: 'unreadable', detail: String(e) }),
      );
      return {
        result,
        cancel: () => {
          if (current?.worker === worker) stop({ type: 'cancelled' });
        },
      };
    },
  };
}
