// The init script: installed before the page's own scripts, it watches the DOM for "every view drawn" and records long tasks.
import { isDrawn } from './pages.ts';

export interface LongTask {
  start: number;
  duration: number;
}

export interface DrawnTimes {
  /** performance.now() (ms since navigation start) when the MutationObserver first saw every view drawn. */
  drawnAt: number;
  /** ...and when the frame showing it had been painted (a task queued from the next rAF callback). */
  paintedAt: number;
  /** Marks per figure at drawnAt, to check the condition is not met by a placeholder. */
  marks: Record<string, number>;
}

/** What the init script leaves on `window.__bench`. */
export interface BenchProbe {
  drawn: Promise<DrawnTimes>;
  longTasks(): LongTask[];
  /** performance.now() once the next frame has been painted: a message posted from a rAF callback
   *  (which runs before the paint) is handled after it. */
  painted(): Promise<number>;
  /** performance.now() once the current task's microtasks (a change's Svelte flush) and the
   *  user-blocking tasks they queued have run and the page is styled and laid out again: a task posted
   *  then is handled before the frame renders (measured: a relayout there costs nothing), so it asks
   *  for the layout the frame would do next. */
  laidOut(): Promise<number>;
  /** Starts noting the DOM's changes (not during the load, which it would slow): each task that
   *  changes the DOM asks for the time its frame is painted. */
  watchChanges(): void;
  /** performance.now() once the frame showing the last DOM change so far has been painted, waiting
   *  frame by frame until one passes with no change: a page that updates some views after the frame
   *  showing the others (views out of sight) is measured to its last view. 0 if nothing changed. */
  settled(): Promise<number>;
}

export type BenchWindow = Window & { __bench: BenchProbe };

/** Runs inside the page; receives isDrawn as an argument because serialised code has no imports. */
function install(ids: readonly string[], drawnCheck: (ids: readonly string[]) => boolean): void {
  const tasks: LongTask[] = [];
  let longTaskObserver: PerformanceObserver | null = null;
  try {
    // buffered: true also reports tasks that ended before the observer was registered.
    longTaskObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    });
    longTaskObserver.observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: longTasks() stays empty and the report says "< 50 ms".
  }
  /** Runs `then` in a task of its own, queued now, ahead of tasks the page queued before at normal
   *  priority (a user-blocking scheduler task): a page that queues work for after a change (views out
   *  of sight) would otherwise delay the reading past the layout or paint it is after. A message on a
   *  fresh channel where there is no task scheduler. */
  const nextTask = (then: () => number) =>
    new Promise<number>((r) => {
      const scheduler = (globalThis as { scheduler?: { postTask?: (f: () => void, o: { priority: string }) => unknown } }).scheduler;
      if (scheduler?.postTask) return void scheduler.postTask(() => r(then()), { priority: 'user-blocking' });
      const channel = new MessageChannel();
      channel.port1.onmessage = () => r(then());
      channel.port2.postMessage(null);
    });
  // One frame callback and one task per frame, whoever asks: the DOM watcher asks once per batch of
  // changes, ~10 times a change on the dashboard, and each frame callback and task would be the bench's
  // own work inside the frames and tasks it times.
  let nextPaint: Promise<number> | null = null;
  const painted = () =>
    (nextPaint ??= new Promise<number>((r) =>
      requestAnimationFrame(() => {
        nextPaint = null;
        void nextTask(() => performance.now()).then(r);
      }),
    ));
  // Two hops: the first task runs once the change's microtasks (its framework's flush) have run, and
  // what that flush queued at user-blocking priority (the views on screen, taking the change in tasks of
  // their own) runs before the second. One hop read the page before them: the first view alone.
  const laidOut = () =>
    nextTask(() => 0).then(() =>
      nextTask(() => {
        document.documentElement.getBoundingClientRect();
        return performance.now();
      }),
    );
  let changePaints: Promise<number>[] = [];
  const changes = new MutationObserver(() => void changePaints.push(painted()));
  const settled = async () => {
    let last = 0;
    for (;;) {
      await new Promise((r) => requestAnimationFrame(r));
      await painted();
      if (!changePaints.length) return last;
      const batch = changePaints;
      changePaints = [];
      last = Math.max(last, ...(await Promise.all(batch)));
    }
  };
  let resolve: (t: DrawnTimes) => void = () => {};
  const drawn = new Promise<DrawnTimes>((r) => (resolve = r));
  let done = false;
  const observer = new MutationObserver(() => {
    if (done || !drawnCheck(ids)) return;
    done = true;
    observer.disconnect();
    const drawnAt = performance.now();
    const marks: Record<string, number> = {};
    for (const id of ids) {
      marks[id] = document.querySelectorAll(`figure[data-chart="${id}"] svg :is(path, rect, line, circle)`).length;
    }
    void painted().then((paintedAt) => resolve({ drawnAt, paintedAt, marks }));
  });
  // Observing the Document itself works before <html> exists; attributes too, in case a chart fills in existing marks.
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  (window as unknown as BenchWindow).__bench = {
    drawn,
    painted,
    laidOut,
    watchChanges: () => changes.observe(document, { childList: true, subtree: true, attributes: true, characterData: true }),
    settled,
    longTasks() {
      if (longTaskObserver) for (const e of longTaskObserver.takeRecords()) tasks.push({ start: e.startTime, duration: e.duration });
      return tasks;
    },
  };
}

/**
 * The init script's source. tsx compiles with keepNames, which wraps named functions in a
 * `__name(...)` helper that does not exist in the page: define a no-op one first.
 */
export function initScript(ids: readonly string[]): string {
  return [
    'globalThis.__name = globalThis.__name || ((f) => f);',
    `(${install.toString()})(${JSON.stringify(ids)}, ${isDrawn.toString()});`,
  ].join('\n');
}
