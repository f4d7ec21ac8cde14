// A view's buttons at any width: "Download image:" keeps its SVG and PNG buttons on its own line,
// rather than ending a line with the PNG button alone on the next (a 280 px embed in a sidebar).
import { test, assert } from './harness.ts';

/** Each view's "Download image:" label and format buttons that do not share the label's line. */
const strayFormats = () =>
  [...document.querySelectorAll<HTMLElement>('figure.chart')].flatMap((figure) => {
    const label = [...figure.querySelectorAll<HTMLElement>('.actions span[aria-hidden="true"]')].find((s) => s.textContent?.startsWith('Download image'));
    if (!label) return [`${figure.dataset.chart}: no "Download image:" label`];
    // Inline, not a helper: a named function in code sent to the page carries the test runner's helpers with it.
    const at = label.getBoundingClientRect();
    return [...figure.querySelectorAll<HTMLElement>('.actions button[aria-label^="Download image"]')].flatMap((b) => {
      const r = b.getBoundingClientRect();
      const below = r.top + r.height / 2 - (at.top + at.height / 2);
      return Math.abs(below) > 2 ? [`${figure.dataset.chart}: ${b.textContent?.trim()} ${Math.round(below)} px below its label`] : [];
    });
  });

for (const [page_, width] of [['', 320], ['embed.html?chart=map', 280], ['embed.html?chart=arms', 280], ['embed.html?chart=visits', 300]] as const) {
  test(`${page_ || 'the dashboard'} at ${width} px: "Download image:" and its formats share a line in every view`, async ({ page, baseUrl }) => {
    await page.goto(`${baseUrl}${page_}`);
    await page.locator('figure.chart .actions button').first().waitFor();
    await page.locator('figure.chart svg[viewBox]').first().waitFor();
    const stray = await page.evaluate(strayFormats);
    assert(stray.length === 0, stray.join('\n'));
  }, { viewport: { width, height: 900 } });
}
