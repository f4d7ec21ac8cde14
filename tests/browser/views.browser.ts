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
