// Keyboard use of the whole dashboard: a skip link first, and no focused element ever hidden
// (off screen or under the sticky map), at a laptop's and a phone's size.
import type { Page } from 'playwright-core';
import { test, assert } from './harness.ts';
import { waitDrawn } from './embedPage.ts';

/** Tabs through the page until focus comes back round; returns every focused element that was not
 *  fully visible (outside the window, or covered by something else at its centre). */
async function hiddenFocus(page: Page, limit = 600): Promise<string[]> {
  const hidden: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const r = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const box = el.getBoundingClientRect();
      const name = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
      const inside = box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth;
      const top = document.elementFromPoint(Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1), Math.min(Math.max(box.top + box.height / 2, 0), window.innerHeight - 1));
      const covered = !!top && !el.contains(top) && !top.contains(el) && !(top.closest('svg') && el.closest('svg') === top.closest('svg'));
      const key = `${name}@${Math.round(box.top + window.scrollY)}:${Math.round(box.left)}`;
      return { name, inside, covered, key };
    });
    if (!r) break;
    if (seen.has(r.key)) break;
    seen.add(r.key);
    if (!r.inside || r.covered) hidden.push(`${r.name}${r.inside ? ' (covered)' : ' (off screen)'}`);
  }
  return hidden;
}

for (const [width, height] of [[1280, 900], [375, 800]] as const) {
  test(`at ${width}×${height}: Tab through the whole dashboard; every focused element is in view`, async ({ page, baseUrl }) => {
    await page.setViewportSize({ width, height });
    await page.goto(baseUrl);
    await waitDrawn(page);
    await page.getByRole('region', { name: /Sources/ }).first().waitFor({ state: 'attached' });
    const hidden = await hiddenFocus(page);
    assert(hidden.length === 0, `hidden while focused:\n${hidden.slice(0, 10).join('\n')}`);
  });
}

test('the first Tab reaches "Skip to the charts", which moves focus to the charts', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  await waitDrawn(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the charts' });
  assert(await skip.evaluate((el) => el === document.activeElement), 'the first Tab is not the skip link');
  assert(await skip.isVisible(), 'the focused skip link is not visible');
  await page.keyboard.press('Enter');
  assert((await page.evaluate(() => document.activeElement?.id)) === 'charts', 'focus did not move to the charts');
});

test('on a 375 × 800 phone the first screen shows figures, each with its years and source', async ({ page, baseUrl }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(baseUrl);
  await waitDrawn(page);
  const seen = await page.locator('[data-headline]').evaluateAll((hs) =>
    hs.filter((h) => h.getBoundingClientRect().bottom <= 800).map((h) => h.textContent ?? ''));
  assert(seen.length >= 2, `only ${seen.length} headline figures in the first 800 px`);
  for (const text of seen) assert(/\d/.test(text) && /\d{4}/.test(text), `a headline without a figure or its years: ${text}`);
});
