// Ranks where equal figures share a place ("1, 2, 2, 4"), as the rank and count tests report them.

/**
 * The rank of each of `values`, sorted largest first: 1 + how many values are strictly larger, so
 * equal values share a rank. One pass: equal values are adjacent, so each takes the first one's rank.
 */
export function sharedRanks(values: readonly number[]): number[] {
  const ranks: number[] = [];
  values.forEach((v, i) => ranks.push(i > 0 && v === values[i - 1] ? ranks[i - 1]! : i + 1));
  return ranks;
}
