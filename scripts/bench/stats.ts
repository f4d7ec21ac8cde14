// Median and p95 of a sample (nearest-rank p95: with 5 samples it is the slowest one).
export function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function p95(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.ceil(0.95 * s.length) - 1]!;
}

export function max(values: number[]): number | null {
  return values.length ? Math.max(...values) : null;
}
