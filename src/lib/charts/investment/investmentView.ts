// The investment chart's view model: the frame and what the chosen view (flows, projects, statements) draws.
import type { DashboardData } from '../../data/dashboardData.ts';
import type { Observation } from '../../data/types.ts';
import type { ViewState } from '../../state/viewState.ts';
import type { ViewFrame } from '../../frame/viewFrame.ts';
import type { LegendItem } from '../../frame/SeriesLegend.svelte';
import { limitToSelection } from '../../data/partner.ts';
import { formatYears, unitLabel } from '../../format.ts';
import { countryName } from '../../geo/countryNames.ts';
import { strings } from '../../strings.ts';
import { investmentStrings as s } from '../../viewStrings/investment.ts';
import { sourceLine } from '../../frame/sourceLine.ts';
import { claimMark } from '../../frame/claimMark.ts';
import { emphasis, partnerColours, type Emphasis } from '../../series/partnerStyle.ts';
import { downloadScope } from '../../frame/downloadScope.ts';
import { loadDownloads } from '../loadDownloads.ts';
import { directionOf, FOCUS_PARTNER, investmentPartners, investorOf } from './investors.ts';
import { FLOW_UNIT, flowMarks, flowRowsInView, type FlowMark } from './selectFlows.ts';
import { projectPanels, projectRowsInView, type ProjectPanel } from './selectProjects.ts';
import { statementSections, statementsInView, type StatementSection } from './selectStatements.ts';
import { statementComparison } from './statementLabel.ts';
import { emptyMessage, viewFigures } from './emptyMessage.ts';
import { selectionNotice } from '../../series/selectionNotice.ts';
import { periodYears } from '../../series/yearsWithFigures.ts';
import { fitYears, type AxisYears } from '../timeScale.ts';
import { legendKeys } from './legendKeys.ts';

export interface Look {
  colour: string;
  emphasis: Emphasis;
}

export interface FlowGroup extends Look {
  investor: string;
  marks: FlowMark[];
  /** Whether its values are printed on the marks (the selection, or the focus partner). */
  labelled: boolean;
}

type ViewPlot =
  | {
      view: 'flows';
      groups: FlowGroup[];
      /** Outflows in the years: listed in the table, not drawn. */
      outflows: boolean;
      /** The years the axis draws: those with flows, not the whole range asked for. */
      years: AxisYears;
    }
  | { view: 'projects'; panels: ProjectPanel[]; looks: Looks }
  | { view: 'cumulative'; sections: StatementSection[]; /** "Statements, not a series: …" per labelled partner. */ comparisons: string[]; looks: Looks };

/** Each investor's colour and emphasis, by code. */
export type Looks = Record<string, Look>;

/** What the chosen view draws (only that view's figures are selected), and its key. */
export type InvestmentPlot = ViewPlot & { legend: LegendItem[] };

export interface InvestmentView {
  frame: ViewFrame;
  plot: InvestmentPlot;
}

const ALL_YEARS = { start: -Infinity, end: Infinity };

/** The chosen view's figures in the chosen years: its frame, its plot and its key. */
export function investmentView(data: DashboardData, state: ViewState): InvestmentView {
  const view = state.investment;
  const range = { start: state.start, end: state.end };
  const partners = investmentPartners(data.investment);
  const colours = partnerColours(partners);
  const looks: Looks = Object.fromEntries(partners.map((code) => [code, { colour: colours.get(code) ?? 'var(--series-other)', emphasis: emphasis(code, state) }]));
  const labelled = state.countries.length ? state.countries : [FOCUS_PARTNER];

  // Per view: the plot, the rows it stands for (table, source line), the rows drawn (key) and the units named.
  let plot: ViewPlot;
  let shown: Observation[];
  let drawn: Observation[];
  let units: string[];
  // Said above the plot: the selection has no figures here, or (flows) the years drawn are fewer than asked.
  let notice = selectionNotice(s.what, state.countries, viewFigures(view, data.investment), state.start, state.end, (c) => countryName(c, data.aggregates));
  if (view === 'flows') {
    shown = flowRowsInView(data.investment, range);
    const marks = flowMarks(shown);
    drawn = marks.map((m) => m.row);
    units = [FLOW_UNIT];
    const groups = partners
      .map((investor) => ({ investor, marks: marks.filter((m) => m.investor === investor), labelled: labelled.includes(investor), ...looks[investor]! }))
      .filter((g) => g.marks.length);
    const years = fitYears(periodYears(drawn.map((r) => r.period)), state.start, state.end);
    notice ??= strings.drawnNotice(years.covered, state.end - state.start + 1, formatYears([years.start, years.end]), formatYears([state.start, state.end]), years.uncollected.length > 0);
    plot = { view, groups, outflows: shown.some((r) => directionOf(r) === 'out'), years };
  } else if (view === 'projects') {
    shown = drawn = projectRowsInView(data.investment, range);
    // An empty range still names the units the view has in other years.
    units = projectPanels(shown.length ? shown : projectRowsInView(data.investment, ALL_YEARS)).map((p) => p.unit);
    plot = { view, panels: projectPanels(shown, partners), looks };
  } else {
    const statements = statementsInView(data.investment, range);
    shown = drawn = statements.map((st) => st.row);
    units = (statements.length ? statements : statementsInView(data.investment, ALL_YEARS)).map((st) => st.row.unit);
    const comparisons = labelled
      .map((code) => statementComparison(statements.filter((st) => st.investor === code && st.direction === 'in'), data.sources))
      .filter((c): c is string => c !== null);
    plot = { view, sections: statementSections(statements, partners), comparisons, looks };
  }

  const listed = limitToSelection(shown, state.countries);
  const swatch = view === 'flows' ? ('line' as const) : ('dot' as const);
  return {
    frame: {
      id: 'investment',
      title: s.titles[view],
      subtitle: s.subtitles[view]([...new Set(units)].map(unitLabel), formatYears([state.start, state.end])),
      sourceLine: sourceLine(listed.map((r) => r.source_id), data.sources),
      empty: emptyMessage(view, data.investment, range),
      notice,
      table: async () => (await import('./investmentTable.ts')).investmentTable(listed, view, data.aggregates),
      download: async () => (await loadDownloads()).observationDownload(listed, data, 'investment', downloadScope(['investment', view], state)),
      mark: claimMark(state, data.domain, 'investment'),
    },
    plot: { ...plot, legend: [
      ...partners
        .filter((p) => drawn.some((r) => investorOf(r) === p))
        .map((code) => {
          const it = looks[code]!;
          return {
            key: code,
            label: `${countryName(code, data.aggregates)}${it.emphasis === 'selected' ? strings.selectedSuffix : ''}`,
            swatch,
            colour: it.colour,
            dimmed: it.emphasis === 'dimmed',
          };
        }),
      ...legendKeys(drawn, swatch).map((k) => ({ key: k.text, label: k.text, swatch: k.swatch })),
    ] },
  };
}
