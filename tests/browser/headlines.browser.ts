// The headline figures at every window width: four go four abreast or two by two, never three with
// one left alone on a row beneath them (at 640 px, a 1280 px screen at 200 % zoom, they did).
import { test, assert } from './harness.ts';

test('the four headline figures sit in rows of equal length at every width from 320 to 1280 px', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  await page.locator('[data-headline]').nth(3).waitFor();
  const uneven: string[] = [];
  for (let width = 320; width <= 1280; width += 16) {
    await page.setViewportSize({ width, height: 900 });
    const rows = await page.locator('[data-headline]').evaluateAll((hs) => {
      const byTop = new Map<number, number>();
      for (const h of hs) {
        const top = Math.round(h.getBoundingClientRect().top);
        byTop.set(top, (byTop.get(top) ?? 0) + 1);
      }
      return [...byTop.values()];
    });
    assert(rows.reduce((a, b) => a + b, 0) === 4, `${width} px: ${rows} headlines`);
    if (new Set(rows).size > 1) uneven.push(`${width} px: rows of ${rows.join(' + ')}`);
  }
  assert(uneven.length === 0, `headline rows of unequal length:\n${uneven.join('\n')}`);
});
