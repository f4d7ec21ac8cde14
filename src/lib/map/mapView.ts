// The map view (id `map`) in one pure call: the frame around it and everything its plot draws.
import type { DashboardData } from '../data/dashboardData.ts';
import type { ViewFrame } from '../frame/viewFrame.ts';
import type { ViewState } from '../state/viewState.ts';
import { sourceLine } from '../frame/sourceLine.ts';
import { downloadScope } from '../frame/downloadScope.ts';
import { formatYears } from '../format.ts';
import { mapStrings as s } from '../viewStrings/map.ts';
import { emptyMessage, layerFigures } from './emptyMessage.ts';
import { selectionNotice } from '../series/selectionNotice.ts';
import { countryName } from '../geo/countryNames.ts';
import { hasArc } from './flow.ts';
import { LAYER_COLOUR } from './layers.ts';
import { mapModel, type MapModel } from './mapModel.ts';
import { mapRange, type MapRange, type MapScope } from './mapRange.ts';
import { mapSubtitle } from './subtitle.ts';
import { lastComputed } from '../data/lastComputed.ts';

export interface MapPlot extends MapModel, Pick<MapRange, 'route' | 'leftOut'> {
  /** The years drawn, as the reader sees them above the map: the crosshair year, else the range. */
  drawn: string;
  /** The fill colour of shaded countries: the layer's when one layer is drawn. */
  shading: string | undefined;
}

export interface MapView {
  frame: ViewFrame;
  plot: MapPlot;
}

// The flows listed in the table and download: those with a figure, of the selected partners when there is a selection.
function mapFrame(data: DashboardData, range: MapRange): ViewFrame {
  const { scope, layers, rangeFlows } = range;
  const listed = rangeFlows.filter((f) => f.value !== null && (!scope.countries.length || scope.countries.includes(f.partner)));
  return {
    id: 'map',
    title: s.title,
    subtitle: mapSubtitle(layers, scope.edition, scope.start, scope.end),
    sourceLine: sourceLine(listed.flatMap((f) => f.sources), data.sources),
    empty: rangeFlows.some(hasArc) ? null : emptyMessage(data, layers, scope.edition, scope.start, scope.end),
    notice: selectionNotice(
      s.what,
      scope.countries,
      () => layers.flatMap((layer) => layerFigures(data, layer, scope.edition)),
      scope.start,
      scope.end,
      (code) => countryName(code, data.aggregates),
    ),
    table: async () => (await import('./flowTable.ts')).flowTable(listed, data.aggregates, data.sources),
    download: async () => (await import('./flowDownload.ts')).flowDownload(listed, data, downloadScope(['map', scope.layer], scope)),
  };
}

const lastFrame = lastComputed<ViewFrame>();

/**
 * The map for `state` at `size.width` × at most `size.height` (the map takes the window's own
 * height for the width when that is less), drawing `hoverYear` alone when it lies in the range:
 * the frame (title, subtitle, source line, empty state, lazy table and download of the flows
 * listed) and the plot (partners, arcs, widths, shading, oil route, the years drawn, the partners left out).
 */
export function mapView(
  data: DashboardData,
  state: ViewState,
  size: { width: number; height: number },
  hoverYear: number | null = null,
): MapView {
  // The keys of the view state the map reads (the state is plain data, never changed in place, so its
  // countries list is shared); mapRange keeps the range's flows, places, route and notes, so moving the
  // crosshair or ticking a country does not recompute them.
  const scope: MapScope = { layer: state.layer, edition: state.edition, start: state.start, end: state.end, countries: state.countries };
  const range = mapRange(data, scope, size.width, size.height);
  const model = mapModel(data, range, hoverYear);
  const single = range.layers.length === 1 ? range.layers[0]! : null;
  return {
    // Kept while only the hover year changes: an open table is not built again as the crosshair moves.
    frame: lastFrame(data, JSON.stringify([scope, size.width, size.height]), () => mapFrame(data, range)),
    plot: {
      ...model,
      drawn: model.year !== null ? String(model.year) : formatYears([scope.start, scope.end]),
      shading: single ? LAYER_COLOUR[single] : undefined,
      route: range.route,
      leftOut: range.leftOut,
    },
  };
}
