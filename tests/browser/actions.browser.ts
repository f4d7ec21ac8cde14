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

/** For each view, the action row's lines (the text of each control, by line) and whether Embed, should it
 *  be alone on its line, would have fitted beside the image buttons. */
const actionLines = () =>
  [...document.querySelectorAll<HTMLElement>('figure.chart')].map((figure) => {
    const row = figure.querySelector<HTMLElement>('.actions')!;
    const controls = [...row.querySelectorAll<HTMLElement>('button, a')].filter((c) => c.offsetParent);
    const lines = new Map<number, string[]>();
    for (const c of controls) {
      const mid = Math.round(c.getBoundingClientRect().top + c.getBoundingClientRect().height / 2);
      const key = [...lines.keys()].find((k) => Math.abs(k - mid) <= 2) ?? mid;
      lines.set(key, [...(lines.get(key) ?? []), c.textContent!.trim()]);
    }
    const embed = controls.find((c) => c.textContent!.trim() === 'Embed')!;
    const formats = row.querySelector<HTMLElement>('.image-formats')!;
    const gap = parseFloat(getComputedStyle(row).columnGap);
    return {
      view: figure.dataset.chart!,
      lines: [...lines.values()].map((l) => l.join(' ')),
      embedFits: formats.getBoundingClientRect().width + gap + embed.getBoundingClientRect().width <= row.clientWidth,
    };
  });

test('the dashboard at 1280 px: each view\'s buttons sit on one line', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  await page.locator('figure.chart svg[viewBox]').first().waitFor();
  const split = (await page.evaluate(actionLines)).filter((v) => v.lines.length > 1);
  assert(split.length === 0, split.map((v) => `${v.view}: ${v.lines.join(' / ')}`).join('\n'));
});

test('the dashboard at 336-1264 px: Embed is never alone on a line where it fits beside the image buttons', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  await page.locator('figure.chart svg[viewBox]').first().waitFor();
  const alone: string[] = [];
  for (let width = 336; width <= 1264; width += 16) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => new Promise(requestAnimationFrame));
    for (const v of await page.evaluate(actionLines)) {
      if (v.embedFits && v.lines.includes('Embed')) alone.push(`${width} px, ${v.view}: ${v.lines.join(' / ')}`);
    }
  }
  assert(alone.length === 0, alone.join('\n'));
});
