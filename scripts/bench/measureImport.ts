// One fresh Chromium context choosing a big CSV file in the Data panel's "Check your own copy"
// control: time until previewed, long tasks meanwhile, and peak heap of the page and its worker.
// Black-box (role names, the banner's class, the DOM settling), so any commit can be measured.
import type { Browser } from 'playwright-core';
import { startHeapSampler } from './heapSampler.ts';
import { initScript, type BenchWindow } from './inPage.ts';
import { recordWorkerMs, watchPreview, type ImportProbeWindow } from './importProbe.ts';
import { VIEWPORT } from './measureLoad.ts';
import { CHART_IDS } from './pages.ts';
import { importFailed, importFigures, type ImportResult } from './summariseImport.ts';

const INPUT = '#csv-file';
const BANNER = '.preview-banner';
/** The DOM unchanged this long after the banner: the preview is drawn (long enough for a chart drawn in steps). */
const QUIET_MS = 1_000;
/** A baseline may be slow, but a wait that never ends is reported, not awaited. */
const PREVIEW_TIMEOUT_MS = 300_000;
const READY_TIMEOUT_MS = 30_000;

export type { ImportResult };

export async function measureImport(browser: Browser, url: string, file: string, rows: number): Promise<ImportResult> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  let timer: NodeJS.Timeout | undefined;
  try {
    await context.addInitScript({ content: initScript(CHART_IDS) });
    await context.addInitScript({ content: `(${recordWorkerMs.toString()})();` });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: READY_TIMEOUT_MS });
    // The load's own work (first draw, the lazily loaded panels) is over before the file is chosen.
    await page.evaluate(() => (window as unknown as BenchWindow).__bench.drawn);
    const input = page.locator(INPUT);
    if (!(await input.waitFor({ state: 'attached', timeout: READY_TIMEOUT_MS }).then(() => true, () => false))) return importFailed(rows, 'no CSV file input');
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});

    const sampler = await startHeapSampler(page);
    await new Promise((r) => setTimeout(r, 300)); // a few samples of the page at rest
    const t0 = await page.evaluate(watchPreview, { banner: BANNER, input: INPUT, quietMs: QUIET_MS, ids: CHART_IDS });
    await input.setInputFiles(file);
    const outcome = await Promise.race([
      page.evaluate(() => (window as unknown as ImportProbeWindow).__import),
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`not previewed within ${PREVIEW_TIMEOUT_MS / 1000} s`)), PREVIEW_TIMEOUT_MS))),
    ]).catch((e: Error) => ({ failed: e.message }));
    const samples = await sampler.stop();
    if ('failed' in outcome) return importFailed(rows, outcome.failed);
    const tasks = await page.evaluate(() => (window as unknown as BenchWindow).__bench.longTasks());
    const workerMs = await page.evaluate(() => (window as unknown as ImportProbeWindow).__workerMs);
    return importFigures(rows, t0, outcome, samples, tasks, workerMs);
  } catch (e) {
    return importFailed(rows, (e as Error).message);
  } finally {
    clearTimeout(timer); // a pending timer would keep the process alive after the report
    await context.close();
  }
}
