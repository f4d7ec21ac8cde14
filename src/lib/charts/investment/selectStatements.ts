// The cumulative statements the cumulative view shows: each claim on its own, never added or joined.
import type { Observation } from '../../data/types.ts';
import { parsePeriod } from '../../data/parsePeriod.ts';
import { directionOf, investorOf, type Direction } from './investors.ts';
import { compareText } from '../../text/compareText.ts';

/** Stock-type "X has invested $N in total" statements. */
export const STATEMENT_INDICATORS = ['investment_cumulative', 'investment_cumulative_mutual'] as const;
const DIRECTION_ORDER: Direction[] = ['in', 'out', 'both'];

export interface Statement {
  row: Observation;
  investor: string;
  direction: Direction;
  /** The year the statement was made or refers to (the period's last year). */
  year: number;
  /** The note says the year itself is uncertain (this does not make the value approximate). */
  yearApprox: boolean;
}

export interface StatementSection {
  investor: string;
  direction: Direction;
  statements: Statement[];
}

/** Whether a note says the year of a statement is only approximate. */
export function yearIsApproximate(note: string | null): boolean {
  return !!note && /\byear\b[^.;]*\bapproximate\b|\bapproximate\b[^.;]*\byear\b/i.test(note);
}

/** Each statement whose year lies in the range, as it was made: value, qualifier and source untouched. */
export function statementsInView(rows: Observation[], years: { start: number; end: number }): Statement[] {
  const out: Statement[] = [];
  for (const row of rows) {
    if (!(STATEMENT_INDICATORS as readonly string[]).includes(row.indicator)) continue;
    const p = parsePeriod(row.period);
    if (!p.ok) continue;
    const year = p.period.end.year;
    if (year < years.start || year > years.end) continue;
    out.push({ row, investor: investorOf(row), direction: directionOf(row), year, yearApprox: yearIsApproximate(row.note) });
  }
  return out;
}

/** Statements grouped by partner (in `partnerOrder`) and direction; inside a group, by year. */
export function statementSections(statements: Statement[], partnerOrder: readonly string[] = []): StatementSection[] {
  const sections = new Map<string, StatementSection>();
  for (const s of statements) {
    const key = `${s.investor}|${s.direction}`;
    const section = sections.get(key) ?? { investor: s.investor, direction: s.direction, statements: [] };
    section.statements.push(s);
    sections.set(key, section);
  }
  const rank = (code: string) => (partnerOrder.includes(code) ? partnerOrder.indexOf(code) : partnerOrder.length);
  for (const s of sections.values()) s.statements.sort((a, b) => a.year - b.year || compareText(a.row.source_id, b.row.source_id));
  return [...sections.values()].sort(
    (a, b) =>
      rank(a.investor) - rank(b.investor) ||
      compareText(a.investor, b.investor) ||
      DIRECTION_ORDER.indexOf(a.direction) - DIRECTION_ORDER.indexOf(b.direction),
  );
}
