// The oil chart's view model: its frame and what its marks draw, from (data, state); its scales from the size.
import { linearScale, type LinearScale } from '../linearScale.ts';
import type { DashboardData } from '../../data/dashboardData.ts';
import type { ViewState } from '../../state/viewState.ts';
import type { ViewFrame } from '../../frame/viewFrame.ts';
import type { LegendItem } from '../../frame/SeriesLegend.svelte';
import { limitToSelection } from '../../data/partner.ts';
import { formatYears, unitLabel } from '../../format.ts';
import { countryName } from '../../geo/countryNames.ts';
import { strings } from '../../strings.ts';
import { oilStrings } from '../../viewStrings/oil.ts';
import { sourceLine } from '../../frame/sourceLine.ts';
import { claimMark } from '../../frame/claimMark.ts';
import { emptyState } from '../../series/emptyState.ts';
import { coverageNote, selectionNotice } from '../../series/selectionNotice.ts';
import { periodYears, uncollectedYears } from '../../series/yearsWithFigures.ts';
import { partner } from '../../data/partner.ts';
import { max } from 'd3-array';
import { lastComputed } from '../../data/lastComputed.ts';
import { downloadScope } from '../../frame/downloadScope.ts';
import { loadDownloads } from '../loadDownloads.ts';
import { timeScale, type TimeScale } from '../timeScale.ts';
import { oilIndicatorRows, oilKeyName, oilKeys, oilRowsInView, oilSeries, type OilSeries } from './selectOil.ts';
import type { Observation } from '../../data/types.ts';
import { oilGroups, type OilGroup } from './oilGroups.ts';

export interface SelectOption {
  value: string;
  label: string;
}

export interface OilView {
  frame: ViewFrame;
  /** The indicator and unit choices (the chosen indicator's units only). */
  controls: { indicators: SelectOption[]; units: SelectOption[] };
  plot: {
    /** Series keys in drawing order, each with its series, colour and emphasis. */
    groups: OilGroup[];
    /** Display name of each series key drawn ("Israel", "Kazakhstan → Israel"). */
    names: Record<string, string>;
    legend: LegendItem[];
    /** The largest figure drawn (at least 1): the top of the value scale before it is made nice. */
    max: number;
    /** Years of the range with no figure of the indicator: hatched as not collected. */
    uncollected: number[];
  };
}

export interface OilScales {
  x: TimeScale;
  y: LinearScale;
  /** Plot edges in pixels: the axes and the year cursor stand on them. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const M = { top: 22, right: 12, bottom: 26, left: 52 };

const lastInView = lastComputed<{ inView: Observation[]; series: OilSeries[]; max: number; uncollected: number[] }>();

/** The figures of the chosen indicator, unit and years: the frame, the controls and the groups drawn. */
export function oilView(data: DashboardData, state: ViewState): OilView {
  const meta = data.indicators['oil-exports'] ?? {};
  const { inView, series, max: top, uncollected } = lastInView(data.oil, JSON.stringify([state.oil, state.unit, state.start, state.end]), () => {
    const rows = oilRowsInView(data.oil, state);
    return {
      inView: rows,
      series: oilSeries(rows),
      max: Math.max(max(rows, (r) => r.value) ?? 0, 1),
      uncollected: uncollectedYears(rows.map((r) => r.period), state.start, state.end),
    };
  });
  const groups = oilGroups(oilKeys(series, state.countries), series, state);
  const names = Object.fromEntries(groups.map((g) => [g.key, oilKeyName(g.key, (code) => countryName(code, data.aggregates))]));
  const folded = groups.filter((g) => g.folded);
  const listed = limitToSelection(inView, state.countries);
  const title = meta[state.oil]?.title ?? oilStrings.title;
  const indicatorRows = oilIndicatorRows(data.oil, state);
  return {
    frame: {
      id: 'oil',
      title,
      subtitle: strings.subtitle(unitLabel(state.unit), formatYears([state.start, state.end]), oilStrings.periodNote),
      sourceLine: sourceLine(listed.map((r) => r.source_id), data.sources),
      empty: emptyState(inView.length, state, () => indicatorRows.map((r) => r.period)),
      notice:
        selectionNotice(oilStrings.what, state.countries, () => indicatorRows.map((r) => ({ partner: partner(r) ?? r.to, period: r.period })), state.start, state.end, (c) => countryName(c, data.aggregates)) ??
        strings.coverageNotice(coverageNote(periodYears((state.countries.length ? listed : inView).map((r) => r.period)), state.start, state.end)),
      table: async () => (await import('../observationTable.ts')).observationTable(listed, data.aggregates),
      download: async () => (await loadDownloads()).observationDownload(listed, data, 'oil-exports', downloadScope(['oil', state.oil, state.unit], state)),
      mark: claimMark(state, data.domain, 'oil-exports'),
    },
    controls: {
      indicators: [...data.domain.oilUnits.keys()].map((value) => ({ value, label: meta[value]?.title ?? value })),
      units: (data.domain.oilUnits.get(state.oil) ?? []).map((value) => ({ value, label: unitLabel(value) })),
    },
    plot: {
      groups,
      names,
      legend: [
        ...groups.filter((g) => !g.folded).map((g) => ({ key: g.key, label: names[g.key]!, swatch: 'line' as const,
          colour: g.colour, dimmed: g.emphasis === 'dimmed', selected: g.emphasis === 'selected' })),
        ...(folded.length ? [{ key: 'other', label: oilStrings.otherDestinations(folded.map((g) => names[g.key]!)), swatch: 'line' as const, colour: 'var(--series-other)' }] : []),
        { key: 'exact', label: oilStrings.legendExact, swatch: 'line' },
        { key: 'approx', label: oilStrings.legendApprox, swatch: 'dashed' },
        { key: 'estimate', label: oilStrings.legendEstimate, swatch: 'dotted' },
        { key: 'bound', label: oilStrings.legendBound, swatch: 'caret' },
      ],
      max: top,
      uncollected,
    },
  };
}

// One slot for the page's oil chart: a change that keeps the years, the top figure and the size
// (a country ticked) hands back the same scales, so the axes and the marks drawn on them stay as they are.
const lastScales = lastComputed<OilScales>();

/** The time and value scales for a drawing size: kept apart so a resize does not select again. */
export function oilScales(plot: OilView['plot'], state: Pick<ViewState, 'start' | 'end'>, size: { width: number; height: number }): OilScales {
  return lastScales(M, JSON.stringify([plot.max, state.start, state.end, size.width, size.height]), () => {
    const edges = { left: M.left, right: size.width - M.right, top: M.top, bottom: size.height - M.bottom };
    return {
      ...edges,
      x: timeScale(state.start, state.end, edges.left, edges.right),
      y: linearScale([0, plot.max], [edges.bottom, edges.top], { nice: true }),
    };
  });
}
