// Every view's marks, the way a reader reaches them: one Tab stop per plot, arrow keys from mark to
// mark, and one tooltip (value, unit, period, dated source) for focus, hover and touch, kept on screen.
import type { Page } from 'playwright-core';
import { test, assert, EVENTUALLY_MS } from './harness.ts';
import { waitMarkTips } from './embedPage.ts';

/** The views checked, each at its default choice (arms: suppliers; investment: flows). */
const VIEWS = ['oil', 'arms', 'investment', 'visits'] as const;
const SIZES = [[1280, 'light'], [375, 'dark'], [1280, 'dark'], [375, 'light']] as const;

const tipLines = (page: Page) =>
  page.getByRole('tooltip').evaluate((t) => [...t.querySelectorAll('.figure')].map((f) => [...f.querySelectorAll('p')].map((p) => p.textContent ?? '')));

/** The tooltip says the mark's figure: (for figure views) a value with its unit, a year, and a source. */
function assertFigure(view: string, lines: string[], where: string): void {
  if (view !== 'visits') assert(/\d.* \(.+\)$/.test(lines[1] ?? ''), `${where}: no value with its unit in "${lines[1]}"`);
  assert(lines.some((l) => /\b(19|20)\d\d\b/.test(l) && !l.startsWith('Source:')), `${where}: no period in ${lines.join(' | ')}`);
  assert(lines.at(-1)?.startsWith('Source:'), `${where}: no source in ${lines.join(' | ')}`);
}

/** The tip is shown once it has measured itself (hidden until then, so it never flashes elsewhere). */
const waitTipShown = (page: Page) =>
  page.waitForFunction(() => {
    const tip = document.querySelector('[role="tooltip"]');
    return tip && getComputedStyle(tip).visibility === 'visible';
  }, null, { timeout: EVENTUALLY_MS });

async function assertOnScreen(page: Page, where: string): Promise<void> {
  const box = await page.getByRole('tooltip').boundingBox();
  const vp = page.viewportSize()!;
  assert(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= vp.width && box.y + box.height <= vp.height, `${where}: tooltip ${JSON.stringify(box)} outside ${vp.width}×${vp.height}`);
}

const focusedTip = (page: Page) => page.evaluate(() => document.activeElement?.closest('[data-mark]')?.getAttribute('data-tip') ?? null);

/** The centre of the focused mark, scrolled into view, in viewport coordinates. */
async function focusedCentre(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const m = document.activeElement!.closest('[data-mark]')!;
    m.scrollIntoView({ block: 'center', inline: 'center' });
    const r = m.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
}

for (const view of VIEWS) {
  test(`mark tips ${view}: one Tab stop, arrow keys, hover and Escape, inside the viewport at 1280 and 375 px, light and dark`, async ({ page, baseUrl, consoleErrors }) => {
    for (const [width, scheme] of SIZES) {
      const where = `${view} ${width} ${scheme}`;
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${baseUrl}embed.html?chart=${view}`);
      await waitMarkTips(page);
      const stops = await page.locator('.plot-area [tabindex="0"]').count();
      assert(stops === 1, `${where}: the plot has ${stops} Tab stops`);

      for (let i = 0; i < 60 && !(await focusedTip(page)); i++) await page.keyboard.press('Tab');
      const first = await focusedTip(page);
      assert(first, `${where}: Tab never reached a mark`);
      assert(await page.evaluate(() => document.activeElement?.getAttribute('tabindex') === '0'), `${where}: Tab reached a mark that is not the Tab stop`);
      await page.getByRole('tooltip').waitFor();
      assert(JSON.stringify((await tipLines(page))[0]) === JSON.stringify(first.split('\n')), `${where}: the tooltip is not the focused mark's tip`);

      await page.keyboard.press('ArrowRight');
      const second = await focusedTip(page);
      assert(second && second !== first, `${where}: ArrowRight did not move to another mark`);
      const shown = (await tipLines(page))[0]!;
      assert(JSON.stringify(shown) === JSON.stringify(second.split('\n')), `${where}: the tooltip did not follow the focus`);
      assertFigure(view, shown, where);
      await assertOnScreen(page, `${where} focus`);

      await page.keyboard.press('Escape');
      assert((await page.getByRole('tooltip').count()) === 0, `${where}: Escape did not hide the tooltip`);

      const at = await focusedCentre(page);
      await page.mouse.move(at.x, at.y);
      await page.getByRole('tooltip').waitFor();
      const hovered = await tipLines(page);
      assert(hovered.some((f) => f.join('\n') === second), `${where}: hovering the mark does not show its tip`);
      await assertOnScreen(page, `${where} hover`);
      await page.keyboard.press('Escape');
      assert((await page.getByRole('tooltip').count()) === 0, `${where}: Escape did not hide the hover tooltip`);
      await page.mouse.move(0, 0);
    }
    assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join('; ')}`);
  });

  test(`mark tips ${view}: a tap shows the figures under the finger, Escape hides them (touch, 375 and 1280 px)`, async ({ context, baseUrl }) => {
    const errors: string[] = [];
    for (const [width, scheme] of SIZES) {
      const where = `${view} ${width} ${scheme} touch`;
      const touch = await context.browser()!.newContext({ viewport: { width, height: 800 }, colorScheme: scheme, hasTouch: true, isMobile: width < 400 });
      const page = await touch.newPage();
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${baseUrl}embed.html?chart=${view}`);
      await waitMarkTips(page);
      // A mark on top at its own centre: a tap there lands on it, not on a neighbour drawn over it.
      const index = await page.evaluate(() =>
        [...document.querySelectorAll('.plot-area [data-mark]')].findIndex((m, i) => {
          if (i === 0) return false;
          m.scrollIntoView({ block: 'center' });
          const r = m.getBoundingClientRect();
          return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest('[data-mark]') === m;
        }),
      );
      assert(index > 0, `${where}: no mark is on top at its own centre`);
      const mark = page.locator('.plot-area [data-mark]').nth(index);
      await mark.scrollIntoViewIfNeeded();
      const box = (await mark.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      await page.getByRole('tooltip').waitFor();
      const tip = (await mark.getAttribute('data-tip'))!;
      const shown = await tipLines(page);
      assert(shown.some((f) => f.join('\n') === tip), `${where}: the tap does not show the mark's tip "${tip.split('\n').slice(0, 3)}" but ${shown.map((f) => f.slice(0, 3)).join(' / ')}`);
      assertFigure(view, shown[0]!, where);
      await assertOnScreen(page, where);
      await page.keyboard.press('Escape');
      assert((await page.getByRole('tooltip').count()) === 0, `${where}: Escape did not hide the tooltip`);
      await touch.close();
    }
    assert(errors.length === 0, `console errors: ${errors.join('; ')}`);
  });

  test(`mark tips ${view}: arrow keys reach every mark once; marks on one spot are listed together on hover`, async ({ page, baseUrl, consoleErrors }) => {
    await page.goto(`${baseUrl}embed.html?chart=${view}`);
    await waitMarkTips(page);
    const count = await page.locator('.plot-area [data-mark]').count();
    await page.locator('.plot-area [tabindex="0"]').focus();
    await page.keyboard.press('Home');
    const seen = new Set<string | null>();
    for (let i = 0; i < count; i++) {
      seen.add(await page.evaluate(() => document.activeElement?.closest('[data-mark]')?.outerHTML ?? null));
      await page.keyboard.press('ArrowRight');
    }
    seen.delete(null);
    assert(seen.size === count, `${view}: arrow keys reached ${seen.size} of ${count} marks`);
    await page.keyboard.press('Escape');
    await page.locator('body').focus();

    // A mark whose centre lies within reach (10 px) of another mark: hovering there lists both.
    const pair = await page.evaluate(() => {
      const marks = [...document.querySelectorAll('.plot-area [data-mark]')];
      const boxes = marks.map((m) => m.getBoundingClientRect());
      for (let a = 0; a < marks.length; a++) {
        const x = boxes[a]!.left + boxes[a]!.width / 2;
        const y = boxes[a]!.top + boxes[a]!.height / 2;
        // (inlined: functions named inside evaluate would need the bundler's helper in the page)
        const b = boxes.findIndex((r, j) => j !== a && Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom)) <= 10);
        if (b >= 0) {
          marks[a]!.scrollIntoView({ block: 'center' });
          const r = marks[a]!.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2, tips: [marks[a]!.getAttribute('data-tip'), marks[b]!.getAttribute('data-tip')] };
        }
      }
      return null;
    });
    if (pair) {
      await page.mouse.move(pair.x, pair.y);
      await page.getByRole('tooltip').waitFor();
      const listed = (await tipLines(page)).map((f) => f.join('\n'));
      for (const t of pair.tips) assert(listed.includes(t!), `${view}: hovering overlapping marks does not list "${t?.split('\n')[0]}" (${listed.length} listed)`);
    }
    assert(view !== 'arms' || pair, 'arms: no world-total tick lies on a bar');
    assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join('; ')}`);
  });
}

test('a tap where more figures meet than a phone holds lists those that fit, then says how many more; all of it on screen', async ({ context, baseUrl }) => {
  // Oil at 375 px: January 2024 carries nine figures from as many sources.
  const errors: string[] = [];
  /** Taps every mark of the oil embed at 375 px wide and `height` tall: figures listed and "more" said, per mark. */
  const tapEach = async (height: number) => {
    const touch = await context.browser()!.newContext({ viewport: { width: 375, height }, colorScheme: 'dark', hasTouch: true, isMobile: true });
    const page = await touch.newPage();
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(`${baseUrl}embed.html?chart=oil`);
    await waitMarkTips(page);
    const found: { shown: number; more: number }[] = [];
    const marks = page.locator('.plot-area [data-mark]');
    for (let i = 0; i < (await marks.count()); i++) {
      // Marks overlap where figures meet: tap at the mark's centre, whatever is drawn on top there.
      await marks.nth(i).tap({ force: true });
      // The tip shows once it fits.
      await waitTipShown(page);
      const more = Number((await page.locator('[role="tooltip"] [data-more]').getAttribute('data-more', { timeout: 100 }).catch(() => null)) ?? 0);
      found.push({ shown: (await tipLines(page)).length, more });
      if (more) await assertOnScreen(page, `oil 375×${height} mark ${i}`);
      await page.keyboard.press('Escape');
    }
    await touch.close();
    return found;
  };
  const phone = await tapEach(800);
  const tall = await tapEach(3000);
  const busy = phone.flatMap((f, i) => (f.more ? [{ ...f, i }] : []));
  assert(busy.length > 0, 'no tap on the oil chart listed more figures than a 375×800 screen holds: the test found nothing to check');
  for (const f of busy) {
    const all = tall[f.i]!;
    assert(all.more === 0 && f.shown + f.more === all.shown, `mark ${f.i}: ${f.shown} shown + ${f.more} more on a phone, ${all.shown} on a tall screen`);
    assert(f.shown >= 2, `mark ${f.i}: only ${f.shown} figure shown where several fit`);
  }
  assert(errors.length === 0, errors.join('; '));
});

test("on the dashboard a mark's tip is drawn over everything it covers, the next view included (375 and 1280 px)", async ({ page, baseUrl, consoleErrors }) => {
  let overlapped = 0;
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(baseUrl);
    await waitMarkTips(page);
    const ids = await page.locator('figure[data-chart]').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-chart')!));
    for (const [i, id] of ids.entries()) {
      // The mark with the longest tip, placed just under the sticky filters: its tip goes below it,
      // over the view's legend and actions and, when tall, over the next view.
      const at = await page.evaluate((id) => {
        const marks = [...document.querySelectorAll(`figure[data-chart="${id}"] .plot-area [data-mark]`)];
        const mark = marks.sort((a, b) => (b.getAttribute('data-tip')?.length ?? 0) - (a.getAttribute('data-tip')?.length ?? 0))[0];
        if (!mark) return null;
        const filters = document.querySelector('form.filters')?.getBoundingClientRect().bottom ?? 0;
        window.scrollBy(0, mark.getBoundingClientRect().top - filters - 12);
        const r = mark.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }, id);
      if (!at) continue;
      await page.mouse.move(at.x, at.y);
      await waitTipShown(page);
      // What a reader sees at points across the tip (hit-tested as if the tip took the pointer).
      const seen = await page.evaluate(([id, nextId]) => {
        const tip = document.querySelector<HTMLElement>('[role="tooltip"]')!;
        const r = tip.getBoundingClientRect();
        const next = document.querySelector(`figure[data-chart="${nextId}"]`)?.getBoundingClientRect();
        tip.style.pointerEvents = 'auto';
        const covered: string[] = [];
        for (const fx of [0.1, 0.5, 0.9]) for (const fy of [0.05, 0.5, 0.95]) {
          const hit = document.elementFromPoint(r.left + r.width * fx, r.top + r.height * fy);
          if (!hit || !tip.contains(hit)) covered.push(`${hit?.tagName ?? 'nothing'} at ${fx},${fy}`);
        }
        tip.style.pointerEvents = '';
        return { covered, overNext: !!next && r.bottom > next.top && r.top < next.bottom };
      }, [id, ids[i + 1]] as const);
      assert(seen.covered.length === 0, `${id} at ${width} px: the tip is drawn under ${seen.covered.join(', ')}`);
      if (seen.overNext) overlapped++;
      await page.mouse.move(0, 0);
      await page.getByRole('tooltip').waitFor({ state: 'detached' });
    }
  }
  assert(overlapped > 0, 'no tip reached the next view: the test found nothing to check');
  assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join('; ')}`);
});

test('on a phone, a tip a tap pinned goes when focus moves to another view (a keyboard, a screen reader\'s swipe): one tip at a time', async ({ context, baseUrl }) => {
  const touch = await context.browser()!.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
  const page = await touch.newPage();
  await page.goto(baseUrl);
  await waitMarkTips(page);
  const mark = page.locator('figure[data-chart="arms"] .plot-area [data-mark]').nth(3);
  await mark.scrollIntoViewIfNeeded();
  await mark.tap({ force: true });
  await waitTipShown(page);
  const tapped = await tipLines(page);
  // Focus moves into the visits view's marks, as a keyboard's Tab or a screen reader's swipe moves it.
  await page.locator('figure[data-chart="visits"] .plot-area [tabindex="0"]').focus();
  await page.keyboard.press('ArrowRight');
  const focused = await focusedTip(page);
  assert(focused, 'focus did not reach a visits mark');
  // Waits for the tapped tip to go; should it stay, the count below says so with both tips' texts.
  await page.waitForFunction(() => document.querySelectorAll('[role="tooltip"]').length === 1, null, { timeout: EVENTUALLY_MS }).catch(() => {});
  const tips = await page.getByRole('tooltip').evaluateAll((ts) => ts.map((t) => t.textContent?.slice(0, 60)));
  assert(tips.length === 1, `${tips.length} tips at once after focus left the tapped arms mark ("${tapped[0]?.[0]}"): ${tips.join(' | ')}`);
  const shown = await tipLines(page);
  assert(shown.some((f) => f.join('\n') === focused), `the one tip is not the focused visits mark's: ${shown.map((f) => f[0]).join(' / ')}`);
  await touch.close();
});

/** The tip's box and its mark's, in the window. */
const tipAndMark = (page: Page, mark: ReturnType<Page['locator']>) =>
  Promise.all([page.getByRole('tooltip').boundingBox(), mark.boundingBox()]).then(([tip, m]) => ({ tip: tip!, mark: m! }));

test('a tip moves with its mark when the page scrolls, and goes once the mark is out of the window (keyboard at 1280 px, tap at 375 px)', async ({ context, baseUrl }) => {
  for (const [width, touch] of [[1280, false], [375, true]] as const) {
    const where = `${width} px ${touch ? 'tap' : 'keyboard'}`;
    const ctx = await context.browser()!.newContext({ viewport: { width, height: 800 }, hasTouch: touch, isMobile: touch });
    const page = await ctx.newPage();
    await page.goto(baseUrl);
    await waitMarkTips(page);
    const mark = page.locator('figure[data-chart="visits"] .plot-area [data-mark]').nth(4);
    await mark.evaluate((m) => m.scrollIntoView({ block: 'center' }));
    if (touch) await mark.tap({ force: true });
    else await mark.focus();
    await waitTipShown(page);
    const before = await tipAndMark(page, mark);
    await page.evaluate(() => window.scrollBy(0, 150));
    await page.waitForFunction((y) => Math.abs(document.querySelector('[role="tooltip"]')!.getBoundingClientRect().y - y) > 1, before.tip.y, { timeout: EVENTUALLY_MS }).catch(() => {});
    const after = await tipAndMark(page, mark);
    const moved = before.mark.y - after.mark.y;
    assert(moved > 100, `${where}: the page did not scroll the mark (moved ${moved} px)`);
    assert(Math.abs(after.tip.y - after.mark.y - (before.tip.y - before.mark.y)) < 1,
      `${where}: the tip stayed at y ${after.tip.y.toFixed(0)} while its mark moved from ${before.mark.y.toFixed(0)} to ${after.mark.y.toFixed(0)}`);
    await mark.evaluate((m) => window.scrollBy(0, m.getBoundingClientRect().bottom + 20));
    await page.waitForFunction(() => !document.querySelector('[role="tooltip"]'), null, { timeout: EVENTUALLY_MS }).catch(() => {});
    assert((await page.getByRole('tooltip').count()) === 0, `${where}: the tip stayed on screen after its mark scrolled out of the window`);
    await ctx.close();
  }
});
