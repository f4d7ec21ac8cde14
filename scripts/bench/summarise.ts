// Turns the loads of one page, build and CPU rate into the figures the report prints.
import type { LoadResult } from './measureLoad.ts';
import { max, median, p95 } from './stats.ts';

export interface Summary {
  loads: number;
  /** Loads that never reached "every view drawn" (their error is in the JSON). */
  failed: number;
  drawnMedian: number | null;
  drawnP95: number | null;
  changes: number;
  changeMedian: number | null;
  changeP95: number | null;
  /** The change's own cost: its JS, then style and layout (absent in old results). */
  renderedMedian: number | null;
  renderedP95: number | null;
  /** Until the frame showing every view's update was painted (absent in old results). */
  everyViewMedian: number | null;
  everyViewP95: number | null;
  /** Per load, the longest task ≥ 50 ms (0 when there was none); median and worst over the loads. */
  loadTaskMedian: number | null;
  loadTaskWorst: number | null;
  /** The same for the tasks after the drawn frame, until the page was idle (no change yet). */
  afterDrawTaskMedian: number | null;
  afterDrawTaskWorst: number | null;
  changeTaskMedian: number | null;
  changeTaskWorst: number | null;
}

export function summarise(loads: LoadResult[]): Summary {
  const drawn = loads.flatMap((l) => (l.drawn ? [l.drawn.paintedAt] : []));
  const latencies = loads.flatMap((l) => l.changes?.latencies ?? []);
  const rendered = loads.flatMap((l) => l.changes?.rendered ?? []);
  const everyView = loads.flatMap((l) => l.changes?.everyView ?? []);
  const loadTasks = loads.filter((l) => l.drawn).map((l) => l.longestLoadTask ?? 0);
  const afterDrawTasks = loads.filter((l) => l.drawn).map((l) => l.longestAfterDrawTask ?? 0);
  const changeTasks = loads.flatMap((l) => (l.changes ? [max(l.changes.longTasks.map((t) => t.duration)) ?? 0] : []));
  return {
    loads: loads.length,
    failed: loads.length - drawn.length,
    drawnMedian: median(drawn),
    drawnP95: p95(drawn),
    changes: latencies.length,
    changeMedian: median(latencies),
    changeP95: p95(latencies),
    renderedMedian: median(rendered),
    renderedP95: p95(rendered),
    everyViewMedian: median(everyView),
    everyViewP95: p95(everyView),
    loadTaskMedian: median(loadTasks),
    loadTaskWorst: max(loadTasks),
    afterDrawTaskMedian: median(afterDrawTasks),
    afterDrawTaskWorst: max(afterDrawTasks),
    changeTaskMedian: median(changeTasks),
    changeTaskWorst: max(changeTasks),
  };
}
