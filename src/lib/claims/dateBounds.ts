// The inclusive dates of a count claim: YYYY-MM-DD as given, or a period's first and last day.
import { periodOf } from './claimRows.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** First day of `a` and last day of `b` (dates or periods), or null when either is unreadable or reversed. */
export function dateBounds(a: string, b: string): { start: string; end: string } | null {
  const pa = DATE.test(a) ? null : periodOf(a);
  const pb = DATE.test(b) ? null : periodOf(b);
  const start = DATE.test(a) ? a : pa ? `${pa.start.year}-${pad(pa.start.month)}-01` : null;
  const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  const end = DATE.test(b) ? b : pb ? `${pb.end.year}-${pad(pb.end.month)}-${pad(lastDay(pb.end.year, pb.end.month))}` : null;
  return start && end && start <= end ? { start, end } : null;
}
