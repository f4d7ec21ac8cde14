// The elements a reorder leaves in place: one longest run already in order, so the fewest move.
import { describe, expect, it } from 'vitest';
import { staysInPlace } from '../../../src/lib/frame/staysInPlace.ts';

/** The old places of those that stay. */
const staying = (places: number[]) => places.filter((_, i) => staysInPlace(places)[i]);

describe('staysInPlace', () => {
  it('keeps everything when nothing moved, and nothing when nothing was there before', () => {
    expect(staysInPlace([0, 1, 2, 3])).toEqual([true, true, true, true]);
    expect(staysInPlace([-1, -1])).toEqual([false, false]);
    expect(staysInPlace([])).toEqual([]);
  });

  it('moves only the element raised to the end, or brought to the front', () => {
    expect(staysInPlace([1, 2, 3, 4, 0])).toEqual([true, true, true, true, false]);
    expect(staysInPlace([4, 0, 1, 2, 3])).toEqual([false, true, true, true, true]);
  });

  it('keeps a longest increasing run of old places, skipping new elements', () => {
    expect(staying([3, -1, 0, 1, 5, 2, -1, 4])).toEqual([0, 1, 2, 4]);
    // Reversed: one stays, whichever.
    expect(staying([3, 2, 1, 0])).toHaveLength(1);
  });

  it('finds a run as long as a brute-force search does, on every order of six', () => {
    const permutations = (xs: number[]): number[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p])));
    const longest = (xs: number[]): number => {
      let best = 0;
      for (let mask = 0; mask < 1 << xs.length; mask++) {
        const picked = xs.filter((_, i) => mask & (1 << i));
        if (picked.every((x, i) => i === 0 || picked[i - 1]! < x)) best = Math.max(best, picked.length);
      }
      return best;
    };
    for (const p of permutations([0, 1, 2, 3, 4, 5])) {
      const kept = staying(p);
      expect(kept.every((x, i) => i === 0 || kept[i - 1]! < x)).toBe(true);
      expect(kept).toHaveLength(longest(p));
    }
  });
});
