// Turns one import's raw observations into its figures, and several imports into the ones the report prints.
import type { HeapSample } from './heapSampler.ts';
import type { LongTask } from './inPage.ts';
import type { PreviewedTimes } from './importProbe.ts';
import { max, median } from './stats.ts';

export interface ImportResult {
  rows: number;
  /** ms from just before the file was set on the input to the painted frame after the preview's last DOM change. */
  previewedMs: number | null;
  /** ...to the banner first in the DOM. */
  bannerMs: number | null;
  rowsPerSecond: number | null;
  /** Longest main-thread task (the Long Tasks API reports those of 50 ms or more) in that span; null: none. */
  longestTask: number | null;
  longTasks: number;
  /** Peak bytes in use (JS heap + array buffers) over ~100 ms samples; the page's before the file, for scale. */
  pageHeapBefore: number | null;
  peakPageHeap: number | null;
  peakWorkerHeap: number | null;
  heapSamples: number;
  workerHeapSamples: number;
  /** The worker's own ms from its final message, when it sends one. */
  workerMs: number | null;
  error?: string;
}

export function importFailed(rows: number, error: string): ImportResult {
  return { rows, previewedMs: null, bannerMs: null, rowsPerSecond: null, longestTask: null, longTasks: 0, pageHeapBefore: null, peakPageHeap: null, peakWorkerHeap: null, heapSamples: 0, workerHeapSamples: 0, workerMs: null, error };
}

/** `t0` and `times` are on the page's clock; long tasks count when they start inside [t0, previewed). */
export function importFigures(rows: number, t0: number, times: PreviewedTimes, samples: HeapSample[], tasks: LongTask[], workerMs: number | null): ImportResult {
  const previewedMs = times.previewedAt - t0;
  const during = tasks.filter((t) => t.start >= t0 && t.start < times.previewedAt).map((t) => t.duration);
  const workerSamples = samples.flatMap((s) => (s.workers === null ? [] : [s.workers]));
  return {
    rows,
    previewedMs,
    bannerMs: times.bannerAt - t0,
    rowsPerSecond: rows / (previewedMs / 1000),
    longestTask: max(during),
    longTasks: during.length,
    pageHeapBefore: samples[0]?.page ?? null,
    peakPageHeap: max(samples.map((s) => s.page)),
    peakWorkerHeap: max(workerSamples),
    heapSamples: samples.length,
    workerHeapSamples: workerSamples.length,
    workerMs,
    ...(times.drawn ? {} : { error: 'previewed, but some view holds no marks' }),
  };
}

export interface ImportSummary {
  runs: number;
  /** Runs that never reached the preview (their error is in the JSON). */
  failed: number;
  rowsPerSecondMedian: number | null;
  previewedMedian: number | null;
  /** The longest task of the worst run, and the median run's count of tasks ≥ 50 ms. */
  longestTaskWorst: number | null;
  longTasksMedian: number | null;
  peakPageHeap: number | null;
  peakWorkerHeap: number | null;
  workerMsMedian: number | null;
}

export function summariseImports(results: ImportResult[]): ImportSummary {
  const ok = results.filter((r) => r.previewedMs !== null);
  const pick = (f: (r: ImportResult) => number | null) => ok.flatMap((r) => (f(r) === null ? [] : [f(r)!]));
  return {
    runs: results.length,
    failed: results.length - ok.length,
    rowsPerSecondMedian: median(pick((r) => r.rowsPerSecond)),
    previewedMedian: median(pick((r) => r.previewedMs)),
    // A run with no task of 50 ms or more counts as 0, so "worst" is 0 only when no run had one.
    longestTaskWorst: ok.length ? (max(pick((r) => r.longestTask)) ?? 0) : null,
    longTasksMedian: median(pick((r) => r.longTasks)),
    peakPageHeap: max(pick((r) => r.peakPageHeap)),
    peakWorkerHeap: max(pick((r) => r.peakWorkerHeap)),
    workerMsMedian: median(pick((r) => r.workerMs)),
  };
}
