// The bench's import figures: what counts as during the import, the heap peaks, and the summary of runs.
import { describe, expect, it } from 'vitest';
import { importFailed, importFigures, summariseImports } from '../../scripts/bench/summariseImport.ts';

const times = { bannerAt: 2_900, previewedAt: 3_000, drawn: true };
const samples = [
  { at: 0, page: 10, workers: null },
  { at: 100, page: 40, workers: 300 },
  { at: 200, page: 90, workers: 200 },
  { at: 300, page: 20, workers: null },
];

describe('importFigures', () => {
  it('times from the file chosen to the painted preview, and rows per second from that', () => {
    const r = importFigures(1_000_000, 1_000, times, samples, [], 1_500);
    expect(r.previewedMs).toBe(2_000);
    expect(r.bannerMs).toBe(1_900);
    expect(r.rowsPerSecond).toBe(500_000);
    expect(r.workerMs).toBe(1_500);
    expect(r.error).toBeUndefined();
  });

  it('counts only the long tasks that start inside the import', () => {
    const tasks = [
      { start: 500, duration: 400 }, // the page's load, before the file was chosen
      { start: 1_200, duration: 60 },
      { start: 2_500, duration: 120 },
      { start: 3_000, duration: 900 }, // after the preview was painted
    ];
    const r = importFigures(10, 1_000, times, samples, tasks, null);
    expect(r.longestTask).toBe(120);
    expect(r.longTasks).toBe(2);
  });

  it('no long task at all is a null longest task and a count of 0', () => {
    const r = importFigures(10, 1_000, times, samples, [], null);
    expect([r.longestTask, r.longTasks]).toEqual([null, 0]);
  });

  it('peaks over the samples; the worker only where one answered; the first page sample is the page at rest', () => {
    const r = importFigures(10, 1_000, times, samples, [], null);
    expect([r.pageHeapBefore, r.peakPageHeap, r.peakWorkerHeap]).toEqual([10, 90, 300]);
    expect([r.heapSamples, r.workerHeapSamples]).toEqual([4, 2]);
  });

  it('says so when a view holds no marks after the preview', () => {
    expect(importFigures(10, 1_000, { ...times, drawn: false }, samples, [], null).error).toMatch(/no marks/);
  });
});

describe('summariseImports', () => {
  it('medians of rate and time, the worst run’s longest task, the highest heaps; failed runs left out', () => {
    const a = importFigures(1_000, 0, { bannerAt: 900, previewedAt: 1_000, drawn: true }, samples, [{ start: 10, duration: 70 }], 400);
    const b = importFigures(1_000, 0, { bannerAt: 1_900, previewedAt: 2_000, drawn: true }, [{ at: 0, page: 500, workers: 50 }], [], 600);
    const s = summariseImports([a, b, importFailed(1_000, 'not previewed')]);
    expect(s).toEqual({
      runs: 3,
      failed: 1,
      rowsPerSecondMedian: 750,
      previewedMedian: 1_500,
      longestTaskWorst: 70,
      longTasksMedian: 0.5,
      peakPageHeap: 500,
      peakWorkerHeap: 300,
      workerMsMedian: 500,
    });
  });

  it('runs without a long task make the worst 0; no run previewed leaves every figure null', () => {
    const ok = importFigures(1_000, 0, times, samples, [], null);
    expect(summariseImports([ok]).longestTaskWorst).toBe(0);
    expect(summariseImports([importFailed(1_000, 'no CSV file input')]).longestTaskWorst).toBeNull();
    expect(summariseImports([]).rowsPerSecondMedian).toBeNull();
  });
});
