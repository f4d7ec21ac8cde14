// Runs INSIDE the page (serialised, so nothing from this module's scope): when a chosen CSV file
// counts as previewed, and the worker's own time if the page's worker reports one.
import type { BenchWindow } from './inPage.ts';

export interface PreviewedTimes {
  /** performance.now() when the preview banner was first in the DOM. */
  bannerAt: number;
  /** ...and when the frame after the page's last DOM change (charts redrawn) had been painted. */
  previewedAt: number;
  /** Whether every view still holds an svg with marks then (not a blank or placeholder chart). */
  drawn: boolean;
}

export type ImportProbeWindow = Window & { __import: Promise<PreviewedTimes | { failed: string }>; __workerMs: number | null };

/**
 * Init script: keeps the `ms` of a worker's final `{type: 'done'}` message, if one sends it.
 * Not required by the bench, so a page whose worker says nothing of the kind just reports null.
 */
export function recordWorkerMs(): void {
  const w = window as unknown as ImportProbeWindow;
  w.__workerMs = null;
  const Base = window.Worker;
  window.Worker = class extends Base {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', (e: MessageEvent) => {
        const data = e.data as { type?: unknown; ms?: unknown } | null;
        if (data?.type === 'done' && typeof data.ms === 'number') w.__workerMs = data.ms;
      });
    }
  };
}

/**
 * Installed just before the file is chosen. Previewed = the banner is shown and the DOM then stays
 * unchanged for `quietMs` (charts that redraw in several steps count until their last step); the
 * time is that of the frame painted after the last change. An alert in the control's section
 * (unreadable file, nothing kept) ends the wait as a failure. Returns performance.now(), the start.
 */
export function watchPreview(opts: { banner: string; input: Element | null; quietMs: number; ids: readonly string[] }): number {
  const w = window as unknown as ImportProbeWindow;
  const section = opts.input?.closest('section');
  const painted = () => (window as unknown as BenchWindow).__bench.painted();
  const drawn = () =>
    opts.ids.every((id) => document.querySelector(`figure[data-chart="${id}"] svg :is(path, rect, line, circle)`) !== null);
  w.__import = new Promise((resolve) => {
    let bannerAt: number | null = null;
    let lastPaint: Promise<number> = Promise.resolve(0);
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      if (bannerAt === null) {
        const alert = section?.querySelector('[role="alert"]');
        if (alert?.textContent?.trim()) {
          observer.disconnect();
          resolve({ failed: alert.textContent.trim() });
          return;
        }
        if (!document.querySelector(opts.banner)) return;
        bannerAt = performance.now();
      }
      lastPaint = painted();
      clearTimeout(quiet);
      quiet = setTimeout(() => {
        observer.disconnect();
        void lastPaint.then((previewedAt) => resolve({ bannerAt: bannerAt!, previewedAt, drawn: drawn() }));
      }, opts.quietMs);
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  });
  return performance.now();
}
