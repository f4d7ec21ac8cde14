// One fresh Chromium load of one page at one CPU rate: time to every view drawn, long tasks, fetched files, then filter changes.
import type { Browser } from 'playwright-core';
import { initScript, type BenchWindow, type DrawnTimes, type LongTask } from './inPage.ts';
import { measureChanges, type ChangeResult } from './measureChanges.ts';
import { within } from './within.ts';
import type { NetworkConditions } from './network.ts';
import type { Viewport } from './viewport.ts';

/** Where a load happens: the window, and the network its requests are emulated over (none: the local server). */
export interface LoadConditions {
  viewport: Viewport;
  network?: NetworkConditions;
}
/** Generous: at 4× CPU a slow baseline may take several seconds; a page that never draws is reported, not awaited forever. */
const DRAWN_TIMEOUT_MS = 30_000;

export interface Fetched {
  /** Path (with query) relative to the site root. */
  path: string;
  /** Request start, ms since navigation start (same clock as the page's performance.now()). */
  start: number;
}

export interface LoadResult {
  drawn: DrawnTimes | null;
  error?: string;
  /** Longest long task that started before the drawn frame was painted (null: none ≥ 50 ms). */
  longestLoadTask: number | null;
  /** Longest long task from that frame until the page was idle, before any change (null: none ≥ 50 ms):
   *  what a reader's first click after the draw may wait for (the panels below the views load then). */
  longestAfterDrawTask: number | null;
  /** Every file fetched from the site during the load. */
  fetched: Fetched[];
  changes: ChangeResult | null;
}

export async function measureLoad(browser: Browser, url: string, ids: readonly string[], cpuRate: number, { viewport, network }: LoadConditions): Promise<LoadResult> {
  // A new context per load: empty cache, no storage, nothing shared with the previous load.
  const context = await browser.newContext({ viewport });
  try {
    await context.addInitScript({ content: initScript(ids) });
    const page = await context.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    if (network) await cdp.send('Network.emulateNetworkConditions', network);

    const origin = new URL(url).origin;
    const requests: { path: string; wallStart: number }[] = [];
    context.on('requestfinished', (request) => {
      const u = new URL(request.url());
      if (u.origin !== origin) return;
      requests.push({ path: u.pathname.slice(1) + u.search, wallStart: request.timing().startTime });
    });

    // A page that stops drawing on an uncaught error says which in the report.
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(url, { waitUntil: 'load', timeout: DRAWN_TIMEOUT_MS });
    const probe = () => (window as unknown as BenchWindow).__bench.drawn;
    let drawn: DrawnTimes | null = null;
    let error: string | undefined;
    try {
      drawn = await within(page.evaluate(probe), DRAWN_TIMEOUT_MS, 'not drawn');
    } catch (e) {
      error = (e as Error).message + (pageErrors.length ? ` (page error: ${pageErrors[0]})` : '');
    }
    const timeOrigin = await page.evaluate(() => performance.timeOrigin);
    // Late requests (if any) finish before the changes start, so they neither count as load nor disturb the changes.
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
    const tasks: LongTask[] = await page.evaluate(() => (window as unknown as BenchWindow).__bench.longTasks());
    const longest = (picked: LongTask[]) => (picked.length ? Math.max(...picked.map((t) => t.duration)) : null);
    // The same 24 changes twice (they leave the page as they found it): once reading each change's
    // layout, which forces it in a task of its own and so splits the frame's work in two; once without,
    // for the frames, the views' updates and the long tasks as a reader's page has them.
    const timed = drawn ? await measureChanges(page, { layoutProbe: true }) : null;
    const plain = timed ? await measureChanges(page, { layoutProbe: false }) : null;
    const changes = timed && plain ? { ...plain, rendered: timed.rendered } : null;
    // Playwright reports wall-clock start times; the page's clock starts at timeOrigin (navigation start).
    const fetched = requests.map((r) => ({ path: r.path, start: r.wallStart - timeOrigin }));
    return {
      drawn,
      error,
      longestLoadTask: drawn ? longest(tasks.filter((t) => t.start < drawn.paintedAt)) : null,
      longestAfterDrawTask: drawn ? longest(tasks.filter((t) => t.start >= drawn.paintedAt)) : null,
      fetched,
      changes,
    };
  } finally {
    await context.close();
  }
}
