// The dashboard reads its data while its main script is still on its way: a small script of its own,
// run first, fetches and unpacks the tables and the map (dashboardLoads.ts), and the main script,
// when it runs, finds them under way. Each file is fetched once, by the head's preload.
import { test, assert } from './harness.ts';
import { requestLog, waitDrawn } from './embedPage.ts';

/** Delays the main script by this much, so "before it ran" is plain to see whatever the machine. */
const MAIN_DELAY_MS = 800;

test('the dashboard reads its data while its main script is still on its way, each file fetched once by the head’s preload', async ({ page, baseUrl, consoleErrors }) => {
  const log = requestLog(page, baseUrl);
  await page.route(/\/assets\/main-[\w-]+\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, MAIN_DELAY_MS));
    await route.continue();
  });
  // When each response body was read as JSON, and when the main script ran (its first act sets the theme).
  await page.addInitScript(() => {
    const read: { file: string; at: number }[] = [];
    const w = window as unknown as { __read: typeof read; __mainRan: number };
    w.__read = read;
    const json = Response.prototype.json;
    Response.prototype.json = function (this: Response) {
      read.push({ file: new URL(this.url).pathname.slice(1), at: performance.now() });
      return json.call(this);
    };
    new MutationObserver((records, observer) => {
      if (!records.some((r) => r.attributeName === 'data-theme')) return;
      w.__mainRan = performance.now();
      observer.disconnect();
    }).observe(document, { attributes: true, subtree: true });
  });
  await page.goto(baseUrl);
  await waitDrawn(page);
  const { read, mainRan } = await page.evaluate(() => {
    const w = window as unknown as { __read: { file: string; at: number }[]; __mainRan: number };
    return { read: w.__read, mainRan: w.__mainRan };
  });
  const data = [...new Set(log.filter((p) => p.startsWith('data/') && p.endsWith('.json')))].filter((p) => !p.endsWith('/facts.json'));
  // The descriptor and the six tables, in one file, and the region; facts.json is the panels', read after the draw.
  const wanted = [...data, 'region.topo.json'];
  assert(JSON.stringify(data) === JSON.stringify(['data/checked/package.json']), `the dashboard fetched ${data.join(', ')}`);
  for (const file of wanted) {
    const reads = read.filter((r) => r.file === file);
    assert(reads.length === 1 && reads[0]!.at < mainRan, `${file}: read ${reads.length} times, at ${reads.map((r) => r.at.toFixed(0)).join(', ')} ms; the main script ran at ${mainRan?.toFixed(0)} ms`);
    const fetched = log.filter((p) => p === file).length;
    assert(fetched === 1, `${file} fetched ${fetched} times`);
  }
  const initiators = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('resource').map((r) => [new URL(r.name).pathname.slice(1), (r as PerformanceResourceTiming).initiatorType])));
  const notPreloaded = wanted.filter((f) => initiators[f] !== 'link');
  assert(notPreloaded.length === 0, `not fetched by the head's preload: ${notPreloaded.map((f) => `${f} (${initiators[f]})`).join(', ')}`);
  assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
});
