// Moves marks along a line apart so none overlaps, each as close as it can stay to where it wants to be.

/** A mark that wants to sit at `at` and needs `extent` of the line (centred on it). */
export interface Spreadable {
  at: number;
  extent: number;
  /** How strongly it holds its place against its neighbours (default 1; a fixed obstacle: very large). */
  weight?: number;
}

/**
 * Positions (in the input's order) for marks on a line from `min` to `max`. Overlapping marks
 * are gathered into runs laid end to end and centred on the weighted mean of what they wanted, then
 * kept inside the line; runs that then overlap merge, until none does.
 */
export function spreadAlong(marks: readonly Spreadable[], min: number, max: number): number[] {
  const order = marks.map((_, i) => i).sort((a, b) => marks[a]!.at - marks[b]!.at);
  type Run = { members: number[]; start: number; size: number };
  const place = (members: number[]): Run => {
    const size = members.reduce((s, i) => s + marks[i]!.extent, 0);
    // Centre the run on the mean of its members' wishes, measured from each one's own slot.
    let offset = 0;
    let sum = 0;
    let weights = 0;
    for (const i of members) {
      const weight = marks[i]!.weight ?? 1;
      sum += weight * (marks[i]!.at - (offset + marks[i]!.extent / 2));
      weights += weight;
      offset += marks[i]!.extent;
    }
    const start = Math.min(Math.max(sum / weights, min), Math.max(min, max - size));
    return { members, start, size };
  };
  const runs: Run[] = [];
  for (const i of order) {
    let run = place([i]);
    while (runs.length && runs[runs.length - 1]!.start + runs[runs.length - 1]!.size > run.start) {
      run = place([...runs.pop()!.members, ...run.members]);
    }
    runs.push(run);
  }
  const out = new Array<number>(marks.length);
  for (const run of runs) {
    let offset = run.start;
    for (const i of run.members) {
      out[i] = offset + marks[i]!.extent / 2;
      offset += marks[i]!.extent;
    }
  }
  return out;
}
