// The empty state of each investment view: the chosen years have no figure, these years do; and who has figures when.
import type { Observation } from '../../data/types.ts';
import type { InvestmentView } from '../../state/viewState.ts';
import { formatYears } from '../../format.ts';
import { emptyState } from '../../series/emptyState.ts';
import { flowMarks, flowRowsInView } from './selectFlows.ts';
import { projectRowsInView } from './selectProjects.ts';
import { statementsInView } from './selectStatements.ts';
import { directionOf, investorOf } from './investors.ts';
import type { Figures } from '../../series/selectionNotice.ts';
import { investmentStrings as s } from '../../viewStrings/investment.ts';

const ALL_YEARS = { start: -Infinity, end: Infinity };

/** The partner and period of every figure a view draws, over every year the data has. */
export function viewFigures(view: InvestmentView, rows: Observation[]): Figures[] {
  if (view === 'flows') return flowMarks(rows).map((m) => ({ partner: m.investor, period: m.row.period }));
  if (view === 'projects') return projectRowsInView(rows, ALL_YEARS).map((r) => ({ partner: investorOf(r), period: r.period }));
  return statementsInView(rows, ALL_YEARS).map((st) => ({ partner: st.investor, period: String(st.year) }));
}

/** Null when the view draws something in the years; otherwise the message naming the years
 *  that do have figures (and, for flows, that outflows in the years are in the table). */
export function emptyMessage(view: InvestmentView, rows: Observation[], years: { start: number; end: number }): string | null {
  const inView =
    view === 'flows'
      ? flowMarks(flowRowsInView(rows, years)).length
      : view === 'projects'
        ? projectRowsInView(rows, years).length
        : statementsInView(rows, years).length;
  const message = emptyState(inView, years, () => viewFigures(view, rows).map((f) => f.period));
  if (message === null) return null;
  const outflows = view === 'flows' && flowRowsInView(rows, years).some((r) => directionOf(r) === 'out');
  return outflows ? message + s.emptyOutflows(formatYears([years.start, years.end])) : message;
}
