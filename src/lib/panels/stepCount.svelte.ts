// Drawing a long stretch of page in steps, one per task, so that no step makes a reader's click wait.

/**
 * A count that starts at 0 and rises by `perStep` per task (a timer between steps lets the browser
 * handle input and paint) until it reaches `total()`; a markup block shows item `i` once
 * `count > i`. Must be called while a component is set up (it owns an effect).
 */
export function stepCount(total: () => number, perStep = 1): { readonly count: number } {
  let count = $state(0);
  $effect(() => {
    const end = total();
    if (count >= end) return;
    const next = setTimeout(() => (count = Math.min(end, count + perStep)));
    return () => clearTimeout(next);
  });
  return {
    get count() {
      return count;
    },
  };
}

/** Source links drawn per task: 50 made a 55–60 ms task at 4× CPU throttling after the draw (and a
 *  dataset's list of 100-odd in one task, 60–118 ms); 20 keep each step near 25 ms. */
export const LINKS_PER_STEP = 20;

/** How many items of each list are shown once `count` items of the lists, taken in turn, are. */
export function shownParts(lengths: readonly number[], count: number): number[] {
  let left = count;
  return lengths.map((n) => {
    const shown = Math.max(0, Math.min(n, left));
    left -= shown;
    return shown;
  });
}
