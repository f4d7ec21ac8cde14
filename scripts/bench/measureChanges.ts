// Filter-change latency in an already drawn page: From-year changes alternating with Countries checkbox toggles.
import type { ElementHandle, Page } from 'playwright-core';
import type { BenchWindow, LongTask } from './inPage.ts';

/** Half are year changes, half checkbox toggles; an even number of toggles per country leaves the selection as it was. */
export const CHANGES = 24;
const COUNTRIES = ['Israel', 'United States'];
const PREFERRED_YEARS = [2019, 2014];

export interface ChangeResult {
  /** ms from just before each change is dispatched to the end of the next painted frame. The change is
   * dispatched just after a frame was painted and shows in the next, so this is about one frame (16.7 ms
   * at 60 Hz) however little the change costs: it says whether the change slipped a frame or more. */
  latencies: number[];
  /** ms from the same moment until the change's JS has run and the page is styled and laid out again
   * (paint not included): what the change costs, not rounded up to frames. Empty without the layout
   * probe (`layoutProbe: false`). */
  rendered: number[];
  /** ms from the same moment until the frame showing the change's last DOM update is painted: the
   *  same as `latencies` for a page that updates every view at once; later for one that updates the
   *  views out of sight after the frame showing those on screen. */
  everyView: number[];
  kinds: ('year' | 'country')[];
  /** Long tasks (≥ 50 ms) that started during the changes. Each change is dispatched in a task of its
   *  own, as a reader's input arrives, so a change's task is its own JS, and the frame's style, layout
   *  and paint are the frame's task (dispatched from a frame callback, the two were one task). */
  longTasks: LongTask[];
}

/**
 * Returns null when the page has no "From year" select (e.g. an embed page). With `layoutProbe`
 * false, no change's layout is read: that reading forces, in a task of its own, the style and layout
 * the frame would do, which splits the frame's work in two, so long tasks and frames are read
 * faithfully only without it (measureLoad makes one pass of each).
 */
export async function measureChanges(page: Page, { layoutProbe = true }: { layoutProbe?: boolean } = {}): Promise<ChangeResult | null> {
  // Found by accessible name, as a reader would; old commits may lack a country, so take those present.
  const select = page.getByRole('combobox', { name: 'From year', exact: true });
  if ((await select.count()) !== 1) return null;
  const group = page.getByRole('group', { name: 'Countries', exact: true });
  const boxes: ElementHandle<HTMLInputElement>[] = [];
  for (const name of COUNTRIES) {
    const box = group.getByRole('checkbox', { name, exact: true });
    if ((await box.count()) === 1) boxes.push((await box.elementHandle()) as ElementHandle<HTMLInputElement>);
  }
  const selectHandle = (await select.elementHandle()) as ElementHandle<HTMLSelectElement>;

  // One evaluate for all changes, so no round trip to Node sits inside a measurement.
  return page.evaluate(
    async ({ select, boxes, count, preferred, layoutProbe }) => {
      const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
      const painted = () => (window as unknown as BenchWindow).__bench.painted();
      const laidOut = () => (window as unknown as BenchWindow).__bench.laidOut();
      const settled = () => (window as unknown as BenchWindow).__bench.settled();
      const options = Array.from(select.options).map((o) => o.value);
      let years = preferred.map(String).filter((y) => options.includes(y));
      if (years.length < 2) years = [options[1] ?? options[0]!, options[Math.floor(options.length / 2)]!];
      // The first year change must change something.
      if (years[0] === select.value) years.reverse();

      const latencies: number[] = [];
      const renderedAt: number[] = [];
      const everyView: number[] = [];
      const kinds: ('year' | 'country')[] = [];
      // Resolves in the task after a frame was painted: where a reader's input lands between frames.
      const betweenFrames = async () => {
        await frame();
        await painted();
      };
      await betweenFrames();
      (window as unknown as BenchWindow).__bench.watchChanges();
      const t0 = performance.now();
      let yearIndex = 0;
      let boxIndex = 0;
      for (let i = 0; i < count; i++) {
        const kind = boxes.length && i % 2 ? 'country' : 'year';
        const start = performance.now();
        if (kind === 'year') {
          select.value = years[yearIndex++ % years.length]!;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        } else {
          boxes[boxIndex++ % boxes.length]!.click();
        }
        const frameDone = layoutProbe ? laidOut() : null;
        const shown = painted();
        if (frameDone) renderedAt.push((await frameDone) - start);
        latencies.push((await shown) - start);
        // Let the page settle between changes, as a reader's clicks are far apart.
        everyView.push((await settled()) - start);
        kinds.push(kind);
      }
      const t1 = performance.now();
      await new Promise((r) => setTimeout(r, 0));
      const longTasks = (window as unknown as BenchWindow).__bench.longTasks().filter((t) => t.start >= t0 && t.start <= t1);
      return { latencies, rendered: renderedAt, everyView, kinds, longTasks };
    },
    { select: selectHandle, boxes, count: CHANGES, preferred: PREFERRED_YEARS, layoutProbe },
  );
}
