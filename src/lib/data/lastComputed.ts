// What a view works out from the data and some of the view state, kept for the last value of that
// state: a change of the rest (a country ticked) reuses it rather than reading every row again.

/**
 * A memo for one call site for a result that reads several values (a figure's tip: its name and the
 * sources): `(owner, deps, compute)` returns `compute()`, unless the last call for `owner` had the
 * same `deps` (each compared by ===), then that call's result (shared: do not change it). Only the
 * last is kept, so a reader stepping through years holds one result per owner, not one per year asked.
 */
export function lastComputedFrom<T>(): (owner: object, deps: readonly unknown[], compute: () => T) => T {
  const last = new WeakMap<object, [deps: readonly unknown[], value: T]>();
  return (owner, deps, compute) => {
    let known = last.get(owner);
    if (!known || known[0].length !== deps.length || known[0].some((d, i) => d !== deps[i])) last.set(owner, (known = [deps, compute()]));
    return known[1];
  };
}

/** The same for a result that reads one key (a range's years as text, a year). */
export function lastComputed<T>(): (owner: object, key: string | number | null, compute: () => T) => T {
  const from = lastComputedFrom<T>();
  return (owner, key, compute) => from(owner, [key], compute);
}
