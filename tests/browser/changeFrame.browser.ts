// A change reaches each view in a task of its own (shownState): those on screen at a priority the
// browser runs before its next frame, so what the reader sees changes together, in the frame after the input.
import { test, assert } from './harness.ts';
import { waitDrawn } from './embedPage.ts';

for (const [width, height] of [[1280, 900], [375, 800]] as const) {
  test(`at ${width}×${height} a From-year change shows in every view on screen in the frame after it`, async ({ page, baseUrl, consoleErrors }) => {
    await page.setViewportSize({ width, height });
    await page.goto(baseUrl);
    await waitDrawn(page);
    const select = await page.getByRole('combobox', { name: 'From year', exact: true }).elementHandle();
    assert(select, 'no From year select');
    const { onScreen, unchanged } = await select.evaluate(async (select: HTMLSelectElement) => {
      const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart]')];
      const seen = figures.filter((f) => {
        const r = f.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      });
      // Between frames, as a reader's input arrives.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      const before = seen.map((f) => f.innerHTML);
      select.value = [...select.options].map((o) => o.value).find((v) => v !== select.value)!;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      // A frame callback runs as the frame starts, before it is styled and painted: what it sees is what the frame shows.
      const inFrame = await new Promise<string[]>((r) => requestAnimationFrame(() => r(seen.map((f) => f.innerHTML))));
      return {
        onScreen: seen.map((f) => f.dataset.chart!),
        unchanged: seen.filter((_, i) => inFrame[i] === before[i]).map((f) => f.dataset.chart!),
      };
    });
    if (width === 1280) assert(onScreen.includes('map') && onScreen.includes('oil'), `views on screen at 1280×900: ${onScreen.join(', ')}`);
    assert(onScreen.length > 0, 'no view on screen');
    assert(unchanged.length === 0, `on screen (${onScreen.join(', ')}), ${unchanged.join(', ')} had not changed in the frame after the change`);
    assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join('; ')}`);
  });
}

// Writing the history entry costs the page 1–4 ms (more on a slow phone): it waits until the views out
// of sight have taken the change too, rather than hold them back. On a throttled CPU (4×, a mid-range
// phone) those views take the change after the frame showing the others, where the write used to run first.
test('a change reaches the address bar after every view, out of sight too, has taken it', async ({ page, context, baseUrl, consoleErrors }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(baseUrl);
  await waitDrawn(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const select = await page.getByRole('combobox', { name: 'From year', exact: true }).elementHandle();
  assert(select, 'no From year select');
  const { outOfSight, untouched, after, url, year } = await select.evaluate(async (select: HTMLSelectElement) => {
    const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart]')].filter((f) => f.getBoundingClientRect().top > innerHeight);
    const changedAt = new Map<string, number>();
    const watch = new MutationObserver((records) => {
      for (const r of records) {
        const id = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest<HTMLElement>('figure[data-chart]')?.dataset.chart;
        if (id) changedAt.set(id, performance.now());
      }
    });
    for (const f of figures) watch.observe(f, { subtree: true, childList: true, attributes: true, characterData: true });
    let pushedAt = 0;
    const push = history.pushState.bind(history);
    history.pushState = (...args: Parameters<History['pushState']>) => {
      pushedAt = performance.now();
      push(...args);
    };
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const year = [...select.options].map((o) => o.value).find((v) => v !== select.value)!;
    select.value = year;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    while (!pushedAt) await new Promise((r) => setTimeout(r, 20));
    // Whatever a view out of sight still does after the write shows by then.
    await new Promise((r) => setTimeout(r, 1500));
    watch.disconnect();
    const ids = figures.map((f) => f.dataset.chart!);
    return {
      outOfSight: ids,
      untouched: ids.filter((id) => !changedAt.has(id)),
      after: ids.filter((id) => changedAt.get(id)! > pushedAt).map((id) => `${id} ${(changedAt.get(id)! - pushedAt).toFixed(0)} ms after`),
      url: location.search,
      year,
    };
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  assert(outOfSight.length >= 2, `out of sight at 375×800: ${outOfSight.join(', ')}`);
  assert(untouched.length === 0, `${untouched.join(', ')} never took the From-year change`);
  assert(new URLSearchParams(url).get('start') === year, `the address bar does not hold the change to ${year}: ${url}`);
  assert(after.length === 0, `the history entry was written before views out of sight had taken the change: ${after.join(', ')}`);
  assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join('; ')}`);
});
