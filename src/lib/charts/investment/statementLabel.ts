// How a cumulative statement reads: its value with qualifier, then who said it and when.
import type { Source } from '../../data/types.ts';
import { formatQualified } from '../../format.ts';
import type { Statement } from './selectStatements.ts';
import { investmentStrings as s } from '../../viewStrings/investment.ts';

/** "$3.2B (Trend News Agency, 2025)"; a year the source leaves uncertain reads "~2019". */
export function statementLabel(st: Statement, sources: Map<string, Source>): string {
  const publisher = sources.get(st.row.source_id)?.publisher ?? st.row.source_id;
  const year = st.yearApprox ? `~${st.year}` : String(st.year);
  return `${formatQualified(st.row.value, st.row.unit, st.row.qualifier)} (${publisher}, ${year})`;
}

/** "Statements, not a series: $3.2B (Trend News Agency, 2025) vs $2.1B (AzerNews, ~2019)", newest
 *  first; null with fewer than two. Side by side, never added or averaged. */
export function statementComparison(statements: Statement[], sources: Map<string, Source>): string | null {
  if (statements.length < 2) return null;
  const newestFirst = [...statements].sort((a, b) => b.year - a.year);
  return s.notASeries(newestFirst.map((st) => statementLabel(st, sources)));
}
