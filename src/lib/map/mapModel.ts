// Everything the flow map draws for a state and a size: the flows, where partners sit, arcs and shading.
import type { GeoProjection } from 'd3-geo';
import type { DashboardData } from '../data/dashboardData.ts';
import type { ViewState } from '../state/viewState.ts';
import { emphasis, type Emphasis } from '../series/partnerStyle.ts';
import { countryName } from '../geo/countryNames.ts';
import { BAKU } from '../geo/hub.ts';
import { regionHeightForWidth, regionProjection } from '../geo/regionProjection.ts';
import { arcPath, bendFor, type Point } from './arcPath.ts';
import { arcWidthScale, widthRangeFor, type ArcWidth } from './arcWidth.ts';
import { choroplethShades } from './choropleth.ts';
import { hasArc, isPartial, type Flow } from './flow.ts';
import { flowsFor } from './layerFlows.ts';
import { layersOf, type FlowLayer } from './layers.ts';
import { isPlace, partnerPlaces, type PartnerPlace } from './partnerPlaces.ts';

/** Partners the page lists first (DESIGN.md): they also come first in the map's tab order. */
const FIRST = ['ISR', 'USA', 'ARE', 'TUR'];

export interface MapArc {
  key: string;
  flow: Flow;
  d: string;
  chevron: string | null;
  width: number;
  partial: boolean;
}

export interface MapPartner extends PartnerPlace {
  selected: boolean;
  emphasis: Emphasis;
  /** The partner's flows for the years drawn, one per layer it has rows in. */
  flows: Flow[];
  arcs: MapArc[];
}

export interface MapModel {
  height: number;
  projection: GeoProjection;
  layers: FlowLayer[];
  /** The crosshair year when it is drawn instead of the range. */
  year: number | null;
  /** Placeable flows over the whole range (the table and download read these). */
  rangeFlows: Flow[];
  hub: Point;
  partners: MapPartner[];
  widths: Map<FlowLayer, { scale: ArcWidth; max: number }>;
  shades: Map<string, number> | null;
}

/** The map's height: the window's own height for `width`, no taller than `maxHeight`. */
export function mapHeight(width: number, maxHeight: number): number {
  return Math.max(0, Math.min(regionHeightForWidth(width), maxHeight));
}

const byPriority = (a: { code: string; name: string }, b: { code: string; name: string }): number => {
  const i = FIRST.indexOf(a.code);
  const j = FIRST.indexOf(b.code);
  return (i < 0 ? FIRST.length : i) - (j < 0 ? FIRST.length : j) || a.name.localeCompare(b.name);
};

/**
 * The map for `state` at `width` × at most `maxHeight`: flows of the chosen layers over the
 * range (or over `hoverYear` alone when it lies in the range), partners with an arc in the
 * range as places, an arc per positive flow, widths per layer, and shading when it applies.
 */
export function mapModel(
  data: DashboardData,
  state: ViewState,
  width: number,
  maxHeight: number,
  hoverYear: number | null = null,
): MapModel {
  const height = mapHeight(width, maxHeight);
  const projection = regionProjection(width, height);
  const layers = layersOf(state.layer);
  const placeable = (flows: Flow[]) => flows.filter((f) => isPlace(f.partner, data.aggregates));
  const range = { start: state.start, end: state.end };
  const rangeFlows = placeable(flowsFor(data, layers, state.edition, range));
  const year = hoverYear !== null && hoverYear >= state.start && hoverYear <= state.end ? hoverYear : null;
  const shown = year === null ? rangeFlows : placeable(flowsFor(data, layers, state.edition, { start: year, end: year }));

  const widths = new Map(
    layers.map((layer) => {
      const values = shown.filter((f) => f.layer === layer).map((f) => f.value);
      return [layer, { scale: arcWidthScale(values, widthRangeFor(layer, width)), max: Math.max(0, ...values.map((v) => v ?? 0)) }];
    }),
  );
  const codes = [...new Set(rangeFlows.filter(hasArc).map((f) => f.partner))];
  const named = codes.map((code) => ({ code, name: countryName(code, data.aggregates) })).sort(byPriority);
  const hub = (projection([BAKU[0], BAKU[1]]) ?? [0, 0]) as Point;
  const all = layers.length > 1;

  const partners = partnerPlaces(named, width, height, projection).map((place): MapPartner => {
    const flows = shown.filter((f) => f.partner === place.code);
    const arcs = flows.flatMap((flow): MapArc[] => {
      const w = widths.get(flow.layer)!.scale(flow.value);
      if (w === null) return [];
      const geometry = arcPath(hub, [place.x, place.y], bendFor(flow.layer, all), flow.direction, w);
      return [{ key: `${flow.layer}:${flow.partner}`, flow, d: geometry.d, chevron: geometry.chevron, width: w, partial: isPartial(flow) }];
    });
    return { ...place, selected: state.countries.includes(place.code), emphasis: emphasis(place.code, state), flows, arcs };
  });
  partners.sort(byPriority);
  return { height, projection, layers, year, rangeFlows, hub, partners, widths, shades: choroplethShades(rangeFlows) };
}
