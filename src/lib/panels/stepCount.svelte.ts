// Drawing a long stretch of page in steps, one per task, so that no step makes a reader's click wait.

/**
 * A count that starts at 0 and rises by one per task (a timer between steps lets the browser
 * handle input and paint) until it reaches `total()`; a markup block shows part `i` once
 * `count > i`. Must be called while a component is set up (it owns an effect).
 */
export function stepCount(total: () => number): { readonly count: number } {
  let count = $state(0);
  $effect(() => {
    if (count >= total()) return;
    const next = setTimeout(() => count++);
    return () => clearTimeout(next);
  });
  return {
    get count() {
      return count;
    },
  };
}
