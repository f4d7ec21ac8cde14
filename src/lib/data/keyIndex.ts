// Finds rows that repeat an earlier row's primary key without keeping each key's text: a 53-bit
// hash per key in typed arrays (open addressing, no object per row: a million-row file would
// otherwise spend more time collecting garbage than checking), the key fields compared only when
// two hashes meet.
import type { Row } from './types.ts';

/** cyrb53 over the key's values, separated so ("ab","c") and ("a","bc") differ; as two 32-bit halves. */
function hashKey(typed: Row, fields: readonly string[], out: Int32Array): void {
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
  out[0] = h1;
  out[1] = h2 & 0x1fffff;
}

/** `add(typed, row)` returns the row number of an earlier row with the same key, or null after
 *  recording this one. Rows are kept by reference (the table keeps them anyway). */
export function createKeyIndex(fields: readonly string[]): { add(typed: Row, row: number): number | null } {
  const hash = new Int32Array(2);
  const same = (a: Row, b: Row) => fields.every((f) => a[f] === b[f]);
  /** Entry i: its hash halves, its row number and its row. */
  let lo = new Int32Array(1024);
  let hi = new Int32Array(1024);
  let rowNumber = new Int32Array(1024);
  const typedRows: Row[] = [];
  /** Slot → entry + 1 (0: empty); a power of two, kept at most half full. */
  let slots = new Int32Array(2048);

  const place = (entry: number) => {
    const mask = slots.length - 1;
    let s = lo[entry]! & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = entry + 1;
  };
  const grow = <T extends Int32Array>(a: T): T => {
    const bigger = new Int32Array(a.length * 2) as T;
    bigger.set(a);
    return bigger;
  };

  return {
    add(typed, row) {
      hashKey(typed, fields, hash);
      const mask = slots.length - 1;
      for (let s = hash[0]! & mask; slots[s] !== 0; s = (s + 1) & mask) {
        const e = slots[s]! - 1;
        if (lo[e] === hash[0] && hi[e] === hash[1] && same(typedRows[e]!, typed)) return rowNumber[e]!;
      }
      const entry = typedRows.length;
      if (entry === lo.length) {
        lo = grow(lo);
        hi = grow(hi);
        rowNumber = grow(rowNumber);
      }
      lo[entry] = hash[0]!;
      hi[entry] = hash[1]!;
      rowNumber[entry] = row;
      typedRows.push(typed);
      if ((entry + 1) * 2 > slots.length) {
        slots = new Int32Array(slots.length * 2);
        for (let e = 0; e <= entry; e++) place(e);
      } else place(entry);
      return null;
    },
  };
}
