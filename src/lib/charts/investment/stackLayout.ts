// Vertical positions of a list chart: sections with a header line and rows below, stacked top to bottom.

export interface StackMetrics {
  /** Space above the first section. */
  top: number;
  header: number;
  row: number;
  /** Space between sections. */
  gap: number;
}

export interface StackLayout {
  /** Top of each section's header. */
  sectionTop: number[];
  /** Top of each row, per section. */
  rowTop: number[][];
  /** Bottom of the last section. */
  bottom: number;
}

/** Lays out sections of `rows[i]` rows each, in order. */
export function stackLayout(rows: readonly number[], m: StackMetrics): StackLayout {
  let y = m.top;
  const sectionTop: number[] = [];
  const rowTop: number[][] = [];
  rows.forEach((n, i) => {
    if (i > 0) y += m.gap;
    sectionTop.push(y);
    y += m.header;
    rowTop.push(Array.from({ length: n }, (_, j) => y + j * m.row));
    y += n * m.row;
  });
  return { sectionTop, rowTop, bottom: y };
}
