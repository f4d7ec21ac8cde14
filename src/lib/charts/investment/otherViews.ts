// The investment chart's views other than its default (flows): named projects and cumulative
// statements. Their selection loads when a reader first opens one of them (InvestmentChart), so the
// first draw fetches only the flows' code; the import worker imports it with the rest.
import type { DashboardData } from '../../data/dashboardData.ts';
import type { ViewState } from '../../state/viewState.ts';
import { projectPanels, projectRowsInView } from './selectProjects.ts';
import { statementSections, statementsInView } from './selectStatements.ts';
import { statementComparison } from './statementLabel.ts';
import { investorOf } from './investors.ts';
import { ALL_YEARS } from './emptyMessage.ts';
import type { OtherPlot, Selection, ViewContext } from './investmentView.ts';

/** The selection of the state's view (projects or cumulative statements). */
export function selectOtherView(data: DashboardData, state: ViewState, { range, partners, looks, labelled }: ViewContext): Selection<OtherPlot> {
  if (state.investment === 'projects') {
    const shown = projectRowsInView(data.investment, range);
    const every = projectRowsInView(data.investment, ALL_YEARS);
    return {
      plot: { view: 'projects', panels: projectPanels(shown, partners), looks },
      shown,
      drawn: shown,
      // An empty range still names the units the view has in other years.
      units: projectPanels(shown.length ? shown : every).map((p) => p.unit),
      figures: every.map((r) => ({ partner: investorOf(r), period: r.period })),
    };
  }
  const statements = statementsInView(data.investment, range);
  const every = statementsInView(data.investment, ALL_YEARS);
  const rows = statements.map((st) => st.row);
  const comparisons = labelled
    .map((code) => statementComparison(statements.filter((st) => st.investor === code && st.direction === 'in'), data.sources))
    .filter((c): c is string => c !== null);
  return {
    plot: { view: 'cumulative', sections: statementSections(statements, partners), comparisons, looks },
    shown: rows,
    drawn: rows,
    units: (statements.length ? statements : every).map((st) => st.row.unit),
    figures: every.map((st) => ({ partner: st.investor, period: String(st.year) })),
  };
}
