// Which kept children a reorder can leave where they are: the longest run of them already in order
// (a longest increasing subsequence of their old places). Moving only the others moves the fewest
// elements: raising one selected partner's group above nine others moves that group, not the nine.
// Each moved element is taken out of the page's layout and put back (its whole subtree restyled and
// laid out again), and a focused element that moves loses focus. Written here: no d3 module has it,
// and it is twenty lines (patience sorting, as keyed DOM diffs do).

/**
 * `places[i]` is where the i-th element of the new order stood before (-1: a new element). Returns,
 * for each i, whether it belongs to one longest run of old places that increases along the new order.
 */
export function staysInPlace(places: readonly number[]): boolean[] {
  // tails[k]: index (into places) of the smallest last place of a run of length k + 1 found so far.
  const tails: number[] = [];
  const before = new Int32Array(places.length).fill(-1);
  for (let i = 0; i < places.length; i++) {
    const place = places[i]!;
    if (place < 0) continue;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (places[tails[mid]!]! < place) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) before[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const stays = new Array<boolean>(places.length).fill(false);
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = before[i]!) stays[i] = true;
  return stays;
}
