// Saying what is missing, in real Chromium: a view fitted to the years it has figures for, and an
// embed whose selection has none (its notice, and no header-only download or empty table left unexplained).
import { mkdirSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { test, assert, EVENTUALLY_MS } from './harness.ts';
import { waitDrawn } from './embedPage.ts';

/** The horizontal extent of a plot's marks, as a share of the plot's width (its cursor target spans the axis). */
async function marksSpread(figure: Locator): Promise<number> {
  const plot = (await figure.locator('svg.chart-plot .cursor-target').first().boundingBox())!;
  const boxes = await figure.locator('svg.chart-plot [data-mark]').evaluateAll((ms) => ms.map((m) => m.getBoundingClientRect()).map((r) => [r.left, r.right]));
  assert(boxes.length > 0, 'no marks drawn');
  return (Math.max(...boxes.map((b) => b[1]!)) - Math.min(...boxes.map((b) => b[0]!))) / plot.width;
}

for (const width of [1280, 375]) {
  test(`investment at ${width} px: the axis draws 2023–2024, the years with flows, and the notice names the 2014–2024 asked for`, async ({ page, baseUrl, consoleErrors }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(baseUrl);
    const figure = page.locator('figure[data-chart="investment"]');
    await figure.locator('svg.chart-plot [data-mark]').first().waitFor();
    await figure.scrollIntoViewIfNeeded();
    const labels = await figure.locator('svg.chart-plot .year-axis text').allTextContents();
    assert(labels[0] === '2023' && labels.at(-1) === '2024', `year axis labels: ${labels.join(', ')}`);
    const notice = (await figure.locator('[data-notice]').textContent()) ?? '';
    assert(notice.includes('2014–2024') && notice.includes('2023–2024'), `notice: "${notice}"`);
    const spread = await marksSpread(figure);
    assert(spread >= 0.5, `the marks cover ${(spread * 100).toFixed(0)}% of the plot width`);
    mkdirSync('test-results', { recursive: true });
    await figure.screenshot({ path: `test-results/missing-investment-${width}.png` });
    assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join('; ')}`);
  }, { viewport: { width, height: 900 } });
}

test('fitted axes keep the crosshair: 2024 hovered in the oil chart is marked on the investment and visits axes, and a flow under the keyboard marks its year', async ({ page, baseUrl, consoleErrors }) => {
  await page.goto(baseUrl);
  const plot = (id: string) => page.locator(`figure[data-chart="${id}"] svg.chart-plot`).first();
  await plot('visits').locator('[data-mark]').first().waitFor();
  await plot('oil').scrollIntoViewIfNeeded();
  const box = (await plot('oil').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.97, box.y + box.height / 2);
  for (const id of ['investment', 'visits']) {
    await plot(id).locator('.crosshair').waitFor({ state: 'attached', timeout: EVENTUALLY_MS });
    const year = await plot(id).locator('.crosshair text').textContent();
    assert(year === '2024', `${id}: crosshair at ${year}`);
  }
  await page.mouse.move(0, 0);
  await plot('investment').locator('[data-mark]').first().focus();
  await page.keyboard.press('ArrowRight');
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-year'));
  await plot('investment').locator('.crosshair').waitFor({ state: 'attached', timeout: EVENTUALLY_MS });
  const marked = await plot('investment').locator('.crosshair text').textContent();
  assert(focused !== null && marked === focused, `the focused flow is of ${focused}, the crosshair at ${marked}`);
  assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join('; ')}`);
});

test('visits embed with Russia selected: the notice says there are no contacts, and neither the download nor the table is left blank', async ({ page, baseUrl, consoleErrors }) => {
  await page.goto(`${baseUrl}embed.html?chart=visits&countries=RUS`);
  await waitDrawn(page);
  const figure = page.getByRole('figure');
  const notice = (await figure.locator('[data-notice]').textContent()) ?? '';
  assert(/^No contacts for Russia in 2014–2024\. Figures exist for /.test(notice), `notice: "${notice}"`);

  let saved = false;
  page.on('download', () => (saved = true));
  await figure.getByRole('button', { name: 'Get the data' }).click();
  const status = figure.getByRole('status');
  await page.waitForFunction((el) => (el?.textContent ?? '').length > 0, await status.elementHandle());
  const said = (await status.textContent()) ?? '';
  assert(said.startsWith('Nothing to download') && said.includes(notice), `status: "${said}"`);
  await page.waitForTimeout(300);
  assert(!saved, 'a header-only file was saved');

  await figure.getByRole('button', { name: 'Show data table' }).click();
  const empty = (await figure.locator('[data-empty-table]').textContent()) ?? '';
  assert(empty.startsWith('No rows to list') && empty.includes(notice), `table: "${empty}"`);
  assert((await figure.getByRole('table').count()) === 0, 'a header-only table is shown');
  assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join('; ')}`);
});
