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
import { emphasis, partnerColours, type Emphasis, partnerLabel } from '../../series/partnerStyle.ts';
import { downloadScope } from '../../frame/downloadScope.ts';
import { loadDownloads } from '../loadDownloads.ts';
import { directionOf, FOCUS_PARTNER, investmentPartners, investorOf } from './investors.ts';
import { FLOW_UNIT, flowFigures, flowMarks, flowRowsInView, type FlowMark } from './selectFlows.ts';
import type { ProjectPanel } from './selectProjects.ts';
import type { StatementSection } from './selectStatements.ts';
import { emptyMessage } from './emptyMessage.ts';
import { selectionNotice, type Figures } from '../../series/selectionNotice.ts';
import { periodYears } from '../../series/yearsWithFigures.ts';
import { fitYears, type AxisYears } from '../timeScale.ts';
import { legendKeys } from './legendKeys.ts';
import { lastComputed } from '../../data/lastComputed.ts';

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

/** What the views other than flows draw (otherViews.ts). */
export type OtherPlot =
  | { view: 'projects'; panels: ProjectPanel[]; looks: Looks }
  | { view: 'cumulative'; sections: StatementSection[]; /** "Statements, not a series: …" per labelled partner. */ comparisons: string[]; looks: Looks };

type ViewPlot =
  | {
      view: 'flows';
      groups: FlowGroup[];
      /** Outflows in the years: listed in the table, not drawn. */
      outflows: boolean;
      /** The years the axis draws: those with flows, not the whole range asked for. */
      years: AxisYears;
    }
  | OtherPlot;

/** What a view selects: its plot, the rows it stands for (table, source line), the rows drawn (key),
 *  the units it names, and the partner and period of every figure it draws over every year (what
 *  the notice and the empty state say exists). */
export interface Selection<P> {
  plot: P;
  shown: Observation[];
  drawn: Observation[];
  units: string[];
  figures: Figures[];
}

/** What every view's selection reads beyond data and state: the years, the investors in key order,
 *  their looks and the partners whose figures are labelled. */
export interface ViewContext {
  range: { start: number; end: number };
  partners: string[];
  looks: Looks;
  labelled: readonly string[];
}

/** The selection of a view other than flows: otherViews.ts's selectOtherView. */
export type SelectOther = (data: DashboardData, state: ViewState, context: ViewContext) => Selection<OtherPlot>;

/** Each investor's colour and emphasis, by code. */
export type Looks = Record<string, Look>;

/** What the chosen view draws (only that view's figures are selected), and its key. */
export type InvestmentPlot = ViewPlot & { legend: LegendItem[] };

export interface InvestmentView {
  frame: ViewFrame;
  plot: InvestmentPlot;
}

/** The flows in the years: Central Bank figures, drawn on an axis fitted to the years that have them. */
function flowsSelection(data: DashboardData, { range, partners, looks, labelled }: ViewContext): Selection<Extract<ViewPlot, { view: 'flows' }>> {
  const { shown, marks, drawn, years, outflows } = flowsInRange(data.investment, range);
  const groups = partners
    .map((investor) => ({ investor, marks: marks.filter((m) => m.investor === investor), labelled: labelled.includes(investor), ...looks[investor]! }))
    .filter((g) => g.marks.length);
  return { plot: { view: 'flows', groups, outflows, years }, shown, drawn, units: [FLOW_UNIT], figures: flowFigures(data.investment) };
}

/** The flows of a year range, kept for the last range asked: a change of countries only regroups and
 *  restyles them (on the 100x data it read ~2,000 rows on every change). */
const lastInRange = lastComputed<ReturnType<typeof inRange>>();
const flowsInRange = (rows: Observation[], range: ViewContext['range']) => lastInRange(rows, `${range.start}-${range.end}`, () => inRange(rows, range));

function inRange(rows: Observation[], range: ViewContext['range']) {
  const shown = flowRowsInView(rows, range);
  const marks = flowMarks(shown);
  const drawn = marks.map((m) => m.row);
  return { shown, marks, drawn, years: fitYears(periodYears(drawn.map((r) => r.period)), range.start, range.end), outflows: shown.some((r) => directionOf(r) === 'out') };
}

/** The chosen view's figures in the chosen years: its frame, its plot and its key. `other` hands over
 *  the code of the views other than flows, or null while it loads (the view is then null). */
export function investmentView(data: DashboardData, state: ViewState, other: () => SelectOther): InvestmentView;
export function investmentView(data: DashboardData, state: ViewState, other: () => SelectOther | null): InvestmentView | null;
export function investmentView(data: DashboardData, state: ViewState, other: () => SelectOther | null): InvestmentView | null {
  const view = state.investment;
  const range = { start: state.start, end: state.end };
  const partners = investmentPartners(data.investment);
  const colours = partnerColours(partners);
  const looks: Looks = Object.fromEntries(partners.map((code) => [code, { colour: colours.get(code) ?? 'var(--series-other)', emphasis: emphasis(code, state) }]));
  const labelled = state.countries.length ? state.countries : [FOCUS_PARTNER];

  const context = { range, partners, looks, labelled };
  let selected: Selection<ViewPlot>;
  if (view === 'flows') selected = flowsSelection(data, context);
  else {
    const select = other();
    if (!select) return null;
    selected = select(data, state, context);
  }
  const { plot, shown, drawn, units, figures } = selected;
  // Said above the plot: the selection has no figures here, or (flows) the years drawn are fewer than asked.
  let notice = selectionNotice(s.what, state.countries, () => figures, state.start, state.end, (c) => countryName(c, data.aggregates));
  if (plot.view === 'flows') {
    const { years } = plot;
    notice ??= strings.drawnNotice(years.covered, state.end - state.start + 1, formatYears([years.start, years.end]), formatYears([state.start, state.end]), years.uncollected.length > 0);
  }

  const listed = limitToSelection(shown, state.countries);
  const swatch = view === 'flows' ? ('line' as const) : ('dot' as const);
  return {
    frame: {
      id: 'investment',
      title: s.titles[view],
      subtitle: s.subtitles[view]([...new Set(units)].map(unitLabel), formatYears([state.start, state.end])),
      sourceLine: sourceLine(listed.map((r) => r.source_id), data.sources),
      empty: emptyMessage(drawn.length, figures, range, plot.view === 'flows' && plot.outflows),
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
            label: partnerLabel(countryName(code, data.aggregates), it.emphasis),
            swatch,
            colour: it.colour,
            dimmed: it.emphasis === 'dimmed',
          };
        }),
      ...legendKeys(drawn, swatch).map((k) => ({ key: k.text, label: k.text, swatch: k.swatch })),
    ] },
  };
}
