// The dashboard's views out of sight skip their rendering (content-visibility) until a reader comes
// near them, and each view and panel is painted apart (containment); what that could cost a reader
// (a focus ring clipped at a view's or a panel's edge) does not happen. The tip over a view is checked in markTips.browser.ts.
import { test, assert, EVENTUALLY_MS } from './harness.ts';
import { waitDrawn } from './embedPage.ts';

/** In the page: whether the view's contents are rendered (false while content-visibility skips them:
 *  the figure's own box stays, its contents are not styled, laid out or painted). */
const rendered = (id: string) =>
  document.querySelector(`figure[data-chart="${id}"] figcaption`)?.checkVisibility({ contentVisibilityAuto: true }) ?? false;

// On a phone the views stand one under another; Chromium renders what lies within about one and a
// half windows of the window, so the third view on is out of sight at load (at 1280 px all five are near).
test('at 375×800 the views far below the window are not rendered until the reader scrolls to them, then are', async ({ page, baseUrl, consoleErrors }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(baseUrl);
  await waitDrawn(page);
  assert(await page.evaluate(rendered, 'map'), 'the map, in the window, is not rendered');
  for (const id of ['arms', 'investment', 'visits']) {
    assert(!(await page.evaluate(rendered, id)), `${id}, far below the window, is rendered at load: every change would lay it out and paint it`);
  }
  await page.locator('figure[data-chart="visits"]').scrollIntoViewIfNeeded();
  await page.waitForFunction(rendered, 'visits', { timeout: EVENTUALLY_MS });
  // Drawn, not a placeholder: its marks have their size.
  const box = await page.locator('figure[data-chart="visits"] .plot-area svg').first().boundingBox();
  assert(box && box.width > 300 && box.height > 150, `visits scrolled into the window: plot ${JSON.stringify(box)}`);
  assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join('; ')}`);
});

/** Elements at the left edge of a view or a panel: their focus ring (3 px, 2 px off: styles.css) lies
 *  outside the containing section. */
const EDGE_TARGETS = [
  ['the investment view\'s first button', 'figure[data-chart="investment"] .actions button'],
  ['the Data panel\'s scrolling table', '.data-panel .table-scroll'],
] as const;

for (const [width, height] of [[1280, 900], [375, 800]] as const) {
  test(`at ${width}×${height}: the focus ring of what sits at a view's or a panel's left edge is drawn whole`, async ({ page, baseUrl }) => {
    await page.setViewportSize({ width, height });
    await page.goto(baseUrl);
    await waitDrawn(page);
    for (const [name, selector] of EDGE_TARGETS) {
      const target = page.locator(selector).first();
      await target.scrollIntoViewIfNeeded();
      // Reached by keyboard, as :focus-visible asks (which may scroll the page: measured after).
      await target.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      assert(await target.evaluate((t) => t.matches(':focus-visible')), `${name} did not get keyboard focus`);
      const box = (await target.boundingBox())!;
      // The ring's left side lies in this strip.
      const strip = { x: box.x - 5, y: box.y, width: 3, height: Math.min(box.height, 40) };
      assert(strip.x >= 0, `${name} is at x=${box.x}: no room left of it to look at`);
      const focused = await page.screenshot({ clip: strip });
      await target.evaluate((t) => (t as HTMLElement).blur());
      const unfocused = await page.screenshot({ clip: strip });
      assert(!focused.equals(unfocused), `at ${width} px the focus ring left of ${name} is not drawn (clipped at its section's edge)`);
    }
  });
}

// A jump to a far view (a claim's link, Tab into it, a #fragment) renders the views it passes only
// once it has landed: the one straddling the window's top edge then takes its real height, and what
// the reader landed on must not move (a tap aimed at a mark would land beside it).
test('at 375×800 a jump to the last view leaves it where it landed while the views above it are rendered', async ({ page, baseUrl, consoleErrors }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(baseUrl);
  await waitDrawn(page);
  const mark = page.locator('figure[data-chart="visits"] .plot-area [data-mark]').nth(4);
  const { landed, settled, aboveRendered } = await mark.evaluate(async (m) => {
    m.scrollIntoView({ block: 'center' });
    const landed = m.getBoundingClientRect().y;
    // Until the views above have been rendered (each takes a frame or two to be found near the window).
    await new Promise((r) => setTimeout(r, 600));
    const above = document.querySelector('figure[data-chart="investment"] figcaption');
    return { landed, settled: m.getBoundingClientRect().y, aboveRendered: above?.checkVisibility({ contentVisibilityAuto: true }) ?? false };
  });
  assert(aboveRendered, 'the view just above the visits view is still not rendered: nothing was tested');
  assert(Math.abs(settled - landed) < 1, `the visits mark moved from y ${landed.toFixed(1)} to ${settled.toFixed(1)} after the jump`);
  assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join('; ')}`);
});
