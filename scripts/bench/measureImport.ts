// One fresh Chromium context choosing a big CSV file in the Data panel's "Check your own copy"
// control: time until previewed, long tasks meanwhile, and peak heap of the page and its worker.
// Black-box (the input's label, the banner's class, the DOM settling), so any commit can be measured.
import type { Browser, Locator, Page } from 'playwright-core';
import { startHeapSampler } from './heapSampler.ts';
import { initScript, type BenchWindow } from './inPage.ts';
import { recordWorkerMs, watchPreview, type ImportProbeWindow, type PreviewedTimes } from './importProbe.ts';
import { DEFAULT_VIEWPORT } from './viewport.ts';
import { CHART_IDS } from './pages.ts';
import { importFailed, importFigures, type ImportResult } from './summariseImport.ts';
import { within } from './within.ts';

/** The file input's accessible name, as the browser tests and a reader find it. */
const INPUT_LABEL = 'CSV file';
const BANNER = '.preview-banner';
/** The DOM unchanged this long after the banner: the preview is drawn (long enough for a chart drawn in steps). */
const QUIET_MS = 1_000;
/** A baseline may be slow, but a wait that never ends is reported, not awaited. */
const PREVIEW_TIMEOUT_MS = 300_000;
const READY_TIMEOUT_MS = 30_000;

/** Sets the file on the input and waits for the preview; t0 is just before, on the page's clock. */
async function chooseFile(page: Page, input: Locator, file: string): Promise<{ t0: number; times: PreviewedTimes } | { failed: string }> {
  const t0 = await page.evaluate(watchPreview, { banner: BANNER, input: await input.elementHandle(), quietMs: QUIET_MS, ids: CHART_IDS });
  await input.setInputFiles(file);
  const outcome = await within(page.evaluate(() => (window as unknown as ImportProbeWindow).__import), PREVIEW_TIMEOUT_MS, 'not previewed');
  return 'failed' in outcome ? outcome : { t0, times: outcome };
}

export async function measureImport(browser: Browser, url: string, file: string, rows: number): Promise<ImportResult> {
  // A data editor checks a file at a desk: the import keeps the laptop's window whatever --viewport says.
  const context = await browser.newContext({ viewport: DEFAULT_VIEWPORT });
  try {
    await context.addInitScript({ content: initScript(CHART_IDS) });
    await context.addInitScript({ content: `(${recordWorkerMs.toString()})();` });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: READY_TIMEOUT_MS });
    // The load's own work (first draw, the lazily loaded panels) is over before the file is chosen.
    await within(page.evaluate(() => (window as unknown as BenchWindow).__bench.drawn), READY_TIMEOUT_MS, 'not drawn');
    const input = page.getByLabel(INPUT_LABEL, { exact: true });
    if (!(await input.waitFor({ state: 'attached', timeout: READY_TIMEOUT_MS }).then(() => true, () => false))) return importFailed(rows, `no input labelled "${INPUT_LABEL}"`);
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});

    const sampler = await startHeapSampler(page);
    await new Promise((r) => setTimeout(r, 300)); // a few samples of the page at rest
    // Every failure is caught here, so the sampler always stops (a running one keeps the process alive).
    const chosen = await chooseFile(page, input, file).catch((e: Error) => ({ failed: e.message }));
    const samples = await sampler.stop();
    if ('failed' in chosen) return importFailed(rows, chosen.failed);
    const tasks = await page.evaluate(() => (window as unknown as BenchWindow).__bench.longTasks());
    const workerMs = await page.evaluate(() => (window as unknown as ImportProbeWindow).__workerMs);
    return importFigures(rows, chosen.t0, chosen.times, samples, tasks, workerMs);
  } catch (e) {
    return importFailed(rows, (e as Error).message);
  } finally {
    await context.close();
  }
}
