// What depends only on the data and a rarely changed choice (an edition), worked out once.

const memo = new WeakMap<readonly object[], Map<string, unknown>>();

/**
 * `compute()` once per rows array and key; later calls return the same (shared: do not change
 * it). Views ask on every change of the years or countries, and a big dataset holds hundreds of
 * thousands of rows; a new rows array (an imported file) starts afresh, the old one is collected.
 */
export function perRows<T>(rows: readonly object[], key: string, compute: () => T): T {
  let computed = memo.get(rows);
  if (!computed) memo.set(rows, (computed = new Map()));
  if (!computed.has(key)) computed.set(key, compute());
  return computed.get(key) as T;
}
