// Number and date formatting for readers, in one place (Intl).
const integer = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/** A count as a reader reads it: 1,234. */
export function formatCount(n: number): string {
  return integer.format(n);
}

/** A year span: "2006–2024", or one year alone. */
export function formatYears(span: [number, number] | null): string {
  if (!span) return '—';
  return span[0] === span[1] ? String(span[0]) : `${span[0]}–${span[1]}`;
}
