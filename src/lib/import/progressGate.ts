// The page is told how a read is going a few times a second, never once per row.

/** A gate that opens at most once every `everyMs` (by `now`, injectable for tests); the first call opens. */
export function progressGate(everyMs: number, now: () => number = () => performance.now()): () => boolean {
  let last = -Infinity;
  return () => {
    const t = now();
    if (t - last < everyMs) return false;
    last = t;
    return true;
  };
}
