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
