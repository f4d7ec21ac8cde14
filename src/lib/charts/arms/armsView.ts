// The arms chart's view model: the chosen view's selection, its frame, and the styles and keys of its legend.
import type { DashboardData } from '../../data/dashboardData.ts';
import type { ViewState } from '../../state/viewState.ts';
import type { ViewFrame } from '../../frame/viewFrame.ts';
import type { LegendItem } from '../../frame/SeriesLegend.svelte';
import { strings } from '../../strings.ts';
import { armsStrings as s } from '../../viewStrings/arms.ts';
import { missingYears } from '../../series/yearsWithFigures.ts';
import { selectSuppliers, OTHER, type SupplierStack } from './selectSuppliers.ts';
import type { CustomerRanking } from './selectCustomers.ts';
import type { ShareSelection } from './selectShares.ts';
import type { DealSelection } from './selectDeals.ts';
import { suppliersFrame, type ArmsFrame } from './armsFrame.ts';
import { seriesStyles, type SeriesStyle } from './armsStyle.ts';
import { claimMark } from '../../frame/claimMark.ts';

/** What the views other than the default draw (otherViews.ts). */
export type OtherPlot =
  | { view: 'customers'; ranking: CustomerRanking }
  | { view: 'shares'; shares: ShareSelection }
  | { view: 'deals'; deals: DealSelection };

type ViewPlot = { view: 'suppliers'; stack: SupplierStack } | OtherPlot;

/** The selection and frame of a view other than the default: otherViews.ts's selectOtherView. */
export type SelectOther = (data: DashboardData, state: ViewState) => { plot: OtherPlot; frame: ArmsFrame };

/** The chosen view's selection, its suppliers' styles, the key (empty when it has none), and the
 *  years of the range its time axis hatches as not collected (none for the ranking and the deals). */
export type ArmsPlot = ViewPlot & { styles: SeriesStyle[]; legend: LegendItem[]; uncollected: number[] };

export interface ArmsView {
  frame: ViewFrame;
  plot: ArmsPlot;
}

/** Selects only what the state's view needs; null when that view's code (`other`) is not loaded yet. */
function select(data: DashboardData, state: ViewState, other: () => SelectOther | null): { plot: ViewPlot; frame: ArmsFrame } | null {
  if (state.arms !== 'suppliers') return other()?.(data, state) ?? null;
  const stack = selectSuppliers(data, state);
  return { plot: { view: 'suppliers', stack }, frame: suppliersFrame(stack, data, state) };
}

/** How the view's suppliers look (none for the customers ranking, which styles its own bars). */
function styles(plot: ViewPlot, state: ViewState, data: DashboardData): SeriesStyle[] {
  switch (plot.view) {
    case 'suppliers': {
      const other = plot.stack.series.find((x) => x.code === OTHER);
      return seriesStyles(plot.stack.series.map((x) => x.code), state, data.aggregates, other?.members.length ?? 0);
    }
    case 'shares':
      return seriesStyles(plot.shares.partners, state, data.aggregates);
    case 'deals':
      return seriesStyles(plot.deals.partners, state, data.aggregates);
    default:
      return [];
  }
}

/** The keys beyond the suppliers: the world total, or how shares are drawn; then the years not collected. */
function keys(plot: ViewPlot, gaps: number[]): LegendItem[] {
  const key = (label: string, swatch: LegendItem['swatch']) => ({ key: label, label, swatch });
  const hatch = gaps.length ? [key(strings.notCollected, 'hatch')] : [];
  if (plot.view === 'suppliers') return [...(plot.stack.world.length ? [key(s.worldTotal, 'rule')] : []), ...hatch];
  if (plot.view === 'shares') return [key(s.spanKey, 'none'), ...(plot.shares.imports.some((x) => x.conflict) ? [key(s.conflictKey, 'dashed')] : []), ...hatch];
  return [];
}

/** Years of the range the view's time axis has no figure for: the edition's gaps, the years no share covers. */
function uncollected(plot: ViewPlot, years: Pick<ViewState, 'start' | 'end'>): number[] {
  if (plot.view === 'suppliers') return plot.stack.covered.length ? plot.stack.gaps : [];
  if (plot.view === 'shares') return plot.shares.years.length ? missingYears(years.start, years.end, plot.shares.years) : [];
  return [];
}

/** The chosen arms view in the chosen years and edition: its frame and what it draws. `other` hands
 *  over the code of the views other than the default, or null while it loads (the view is then null). */
export function armsView(data: DashboardData, state: ViewState, other: () => SelectOther): ArmsView;
export function armsView(data: DashboardData, state: ViewState, other: () => SelectOther | null): ArmsView | null;
export function armsView(data: DashboardData, state: ViewState, other: () => SelectOther | null): ArmsView | null {
  const selected = select(data, state, other);
  if (!selected) return null;
  const { plot, frame } = selected;
  const looks = styles(plot, state, data);
  const gaps = uncollected(plot, state);
  return {
    frame: { id: 'arms', title: s.title, ...frame, mark: claimMark(state, data.domain, 'defense-imports') },
    plot: {
      ...plot,
      styles: looks,
      uncollected: gaps,
      legend: [
        ...looks.map((st) => ({ key: st.code, label: st.label, swatch: 'square' as const, colour: st.colour,
          dimmed: st.emphasis === 'dimmed', selected: st.emphasis === 'selected' })),
        ...keys(plot, gaps),
      ],
    },
  };
}
