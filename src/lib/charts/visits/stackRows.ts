// Packs marks of one lane into rows so that close dates do not hide each other.

/**
 * Gives each extent (sorted by start) the first row whose last mark ends `gap` before it starts.
 * With every row taken, the row that frees up first is shared (overlap beats leaving the lane).
 */
export function stackRows(extents: readonly (readonly [number, number])[], maxRows: number, gap = 1): number[] {
  const ends: number[] = [];
  return extents.map(([start, end]) => {
    let row = ends.findIndex((e) => e + gap <= start);
    if (row === -1) row = ends.length < Math.max(1, maxRows) ? ends.length : ends.indexOf(Math.min(...ends));
    ends[row] = Math.max(ends[row] ?? -Infinity, end);
    return row;
  });
}
