// Every per-chart view with a selection, checked with axe in both colour schemes.
import { test, assert } from './harness.ts';
import { axeViolations } from './axe.ts';

const VIEWS = [
  '?arms=customers&investment=projects&kinds=calls&countries=RUS',
  '?arms=shares&investment=cumulative&countries=ISR&start=2012',
  '?arms=deals&investment=flows&countries=USA&start=2010&layer=investment',
  '?oil=israel_crude_import_share&countries=ARE&layer=visits&edition=tables2022',
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const query of VIEWS) {
    test(`${query} (${colorScheme}): drawn with no axe violations or console errors`, async ({ page, baseUrl, consoleErrors }) => {
      await page.goto(`${baseUrl}${query}`);
      for (const id of ['map', 'oil', 'arms', 'investment', 'visits']) await page.locator(`figure[data-chart="${id}"]`).waitFor();
      const violations = await axeViolations(page);
      assert(violations.length === 0, violations.join('\n'));
      assert(consoleErrors.length === 0, consoleErrors.join('; '));
    }, { colorScheme });
  }
}

for (const query of VIEWS) {
  test(`${query} at 320 px: nothing pushes the page sideways`, async ({ page, baseUrl }) => {
    await page.goto(`${baseUrl}${query}`);
    for (const id of ['map', 'oil', 'arms', 'investment', 'visits']) await page.locator(`figure[data-chart="${id}"]`).waitFor();
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    assert(scrollWidth <= innerWidth, `scrollWidth ${scrollWidth} > ${innerWidth}`);
  }, { viewport: { width: 320, height: 800 } });
}

/** Each chart slot's width, and the width its chart was drawn for (its first svg's viewBox). */
const drawnWidths = () =>
  [...document.querySelectorAll<HTMLElement>('.chart-slot')].map((slot) => ({
    chart: slot.querySelector('figure')?.dataset.chart ?? '?',
    slot: slot.clientWidth,
    drawn: Number(slot.querySelector('svg[viewBox]')?.getAttribute('viewBox')?.split(' ')[2]),
  }));

test('every chart is drawn for its slot’s width, and redrawn when the window narrows (a phone turned) and widens again', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  for (const id of ['map', 'oil', 'arms', 'investment', 'visits']) await page.locator(`figure[data-chart="${id}"] svg[viewBox]`).first().waitFor();
  const wide = await page.evaluate(drawnWidths);
  assert(wide.length === 5, `${wide.length} chart slots`);
  for (const w of wide) assert(w.drawn === w.slot && w.slot > 375, `at 1280 px the ${w.chart} chart is drawn ${w.drawn} px wide in a ${w.slot} px slot`);
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.waitForFunction((n) => [...document.querySelectorAll('.chart-slot')].every((s) => s.clientWidth < n) , width);
    await page.waitForFunction(
      () => [...document.querySelectorAll<HTMLElement>('.chart-slot')].every((s) => Number(s.querySelector('svg[viewBox]')?.getAttribute('viewBox')?.split(' ')[2]) === s.clientWidth),
      null,
      { timeout: 5000 },
    ).catch(async () => assert(false, `after resizing to ${width} px: ${JSON.stringify(await page.evaluate(drawnWidths))}`));
  }
  const back = await page.evaluate(drawnWidths);
  assert(JSON.stringify(back) === JSON.stringify(wide), `back at 1280 px the charts are not drawn as before: ${JSON.stringify(back)} vs ${JSON.stringify(wide)}`);
});
