// The claims a URL can mark (`claim=<id>`): what the mark needs of each claims.csv row — the chart
// its dataset is drawn in, its years, its partner, its words and its verdict. Kept in the state's
// domain so a page that loads no claims.csv (an embed) marks a claim exactly as the dashboard does.
import type { Row } from './types.ts';
import { parsePeriod } from './parsePeriod.ts';

export interface MarkableClaim {
  /** The claim as the article words it. */
  text: string;
  /** The dataset it is tested against (a chart draws the mark only if it draws this dataset). */
  dataset: string;
  /** First year of period_a and last year of period_b, inclusive. */
  start: number;
  end: number;
  /** Who the claim is about (claims.csv `subject`): a partner, or AZE itself. */
  subject: string;
  /** claims.csv `verdict` as written (the page words it); null when empty. */
  verdict: string | null;
}

const cell = (row: Row, key: string): string => String(row[key] ?? '').trim();

/** The years of a period cell; a date (`2023-01-01`) counts as its month. Null when unreadable. */
function years(text: string): { start: number; end: number } | null {
  const p = parsePeriod(/^\d{4}-\d{2}-\d{2}$/.test(text) ? text.slice(0, 7) : text);
  return p.ok ? { start: p.period.start.year, end: p.period.end.year } : null;
}

/** Every claim row with an id and readable, ordered periods, by id in file order; others cannot be marked. */
export function markableClaims(rows: readonly Row[]): Map<string, MarkableClaim> {
  const out = new Map<string, MarkableClaim>();
  for (const row of rows) {
    const id = cell(row, 'claim_id');
    const a = years(cell(row, 'period_a'));
    const b = years(cell(row, 'period_b'));
    if (!id || !a || !b || b.end < a.start || out.has(id)) continue;
    out.set(id, {
      text: cell(row, 'claim'),
      dataset: cell(row, 'dataset'),
      start: a.start,
      end: b.end,
      subject: cell(row, 'subject'),
      verdict: cell(row, 'verdict') || null,
    });
  }
  return out;
}
