// Finds rows that repeat an earlier row's primary key without keeping each key's text: a 53-bit
// hash per key, and the key fields compared only when two hashes meet.
import type { Row } from './types.ts';

interface Entry {
  row: number;
  typed: Row;
  /** Another key with the same hash (rare). */
  next?: Entry;
}

/** cyrb53 over the key's values, separated so ("ab","c") and ("a","bc") differ. */
function hashKey(typed: Row, fields: readonly string[]): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const f of fields) {
    const text = String(typed[f]);
    for (let i = 0; i <= text.length; i++) {
      const ch = i < text.length ? text.charCodeAt(i) : 0x1f;
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** `add(typed, row)` returns the row number of an earlier row with the same key, or null after
 *  recording this one. Rows are kept by reference (the table keeps them anyway). */
export function createKeyIndex(fields: readonly string[]): { add(typed: Row, row: number): number | null } {
  const byHash = new Map<number, Entry>();
  const same = (a: Row, b: Row) => fields.every((f) => a[f] === b[f]);
  return {
    add(typed, row) {
      const h = hashKey(typed, fields);
      const first = byHash.get(h);
      for (let e = first; e; e = e.next) if (same(e.typed, typed)) return e.row;
      byHash.set(h, { row, typed, next: first });
      return null;
    },
  };
}
