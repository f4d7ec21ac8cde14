// What the flow map draws for a scope and a size, whatever the hover year: the range's flows,
// where partners sit, the hub and the shading (mapModel adds what a hover year changes).
import type { DashboardData } from '../data/dashboardData.ts';
import type { ViewState } from '../state/viewState.ts';
import { emphasis, type Emphasis } from '../series/partnerStyle.ts';
import { countryName } from '../geo/countryNames.ts';
import { BAKU } from '../geo/hub.ts';
import { regionHeightForWidth, regionProjection } from '../geo/regionProjection.ts';
import type { Point } from './arcPath.ts';
import { choroplethShades } from './choropleth.ts';
import { hasArc, type Flow } from './flow.ts';
import { flowsFor } from './layerFlows.ts';
import { layersOf, type FlowLayer } from './layers.ts';
import { labelLayout, type Label } from './labelLayout.ts';
import { isPlace, partnerPlaces, type PartnerPlace } from './partnerPlaces.ts';
import { prominence, type Prominence } from './prominence.ts';
import { mapStrings as s } from '../viewStrings/map.ts';
import { compareText } from '../text/compareText.ts';
import { lastComputed } from '../data/lastComputed.ts';
import { leftOutNotes } from './leftOut.ts';
import { oilRoutePath } from './oilRoute.ts';

/** Partners the page lists first (DESIGN.md): they also come first in the map's tab order. */
const FIRST = ['ISR', 'USA', 'ARE', 'TUR'];

/** The parts of the view state the map reads. */
export type MapScope = Pick<ViewState, 'layer' | 'edition' | 'start' | 'end' | 'countries'>;

/** A partner placed on the map, with its place in the selection and its label where one fits (labelLayout). */
export interface MapPlace extends Omit<PartnerPlace, 'label'> {
  selected: boolean;
  emphasis: Emphasis;
  prominence: Prominence;
  label: Label | null;
}

/** What the scope and the size decide: a hover year leaves all of it as it is. */
export interface MapRange {
  scope: MapScope;
  width: number;
  height: number;
  layers: FlowLayer[];
  /** Placeable flows over the whole range (the table and download read these). */
  rangeFlows: Flow[];
  hub: Point;
  /** Partners with an arc in the range, in tab order. */
  places: MapPlace[];
  shades: Map<string, number> | null;
  /** The schematic oil route, on the oil layer alone. */
  route: { d: string; label: [number, number] } | null;
  /** Sentences naming the partners a layer has only part-year figures for (leftOutNotes). */
  leftOut: string[];
}

/** The map's height: the window's own height for `width`, no taller than `maxHeight`. */
export function mapHeight(width: number, maxHeight: number): number {
  return Math.max(0, Math.min(regionHeightForWidth(width), maxHeight));
}

const rank = (code: string): number => {
  const i = FIRST.indexOf(code);
  return i < 0 ? FIRST.length : i;
};
const byPriority = (a: { code: string; name: string }, b: { code: string; name: string }): number => rank(a.code) - rank(b.code) || compareText(a.name, b.name);

/** The flows whose partner can be placed (aggregates and unknown codes left out). */
export const placeable = (data: DashboardData, flows: Flow[]): Flow[] => flows.filter((f) => isPlace(f.partner, data.aggregates));

/** What the range and the size decide: making, changing or clearing a selection reuses it. */
interface RangePlaces {
  height: number;
  layers: FlowLayer[];
  rangeFlows: Flow[];
  hub: Point;
  /** Where each partner with an arc sits, unlabelled (partnerPlaces' order). */
  spots: PartnerPlace[];
  shades: Map<string, number> | null;
  route: MapRange['route'];
  leftOut: string[];
}

const lastPlaces = lastComputed<RangePlaces>();

function rangePlaces(data: DashboardData, scope: MapScope, width: number, maxHeight: number): RangePlaces {
  const height = mapHeight(width, maxHeight);
  const projection = regionProjection(width, height);
  const layers = layersOf(scope.layer);
  const rangeFlows = placeable(data, flowsFor(data, layers, scope.edition, { start: scope.start, end: scope.end }));
  const codes = [...new Set(rangeFlows.filter(hasArc).map((f) => f.partner))];
  const named = codes.map((code) => ({ code, name: countryName(code, data.aggregates) })).sort(byPriority);
  return {
    height,
    layers,
    rangeFlows,
    hub: projection(BAKU),
    spots: partnerPlaces(named, width, height, projection),
    shades: choroplethShades(rangeFlows),
    route: scope.layer === 'oil' ? oilRoutePath(width, height) : null,
    leftOut: leftOutNotes(rangeFlows, layers, scope.start, scope.end, (code) => countryName(code, data.aggregates)),
  };
}

const lastLabelled = lastComputed<Omit<MapPlace, 'selected' | 'emphasis'>[]>();

/** The places in tab order with their prominence and labels, which depend on whether there is a
 *  selection (prominence.ts) and on nothing else of it. */
function labelledPlaces(spots: PartnerPlace[], hub: Point, scope: MapScope, width: number, height: number): Omit<MapPlace, 'selected' | 'emphasis'>[] {
  const placed = spots.map((place) => ({ ...place, prominence: prominence(place.code, scope) }));
  // The hub's name sits under its dot (FlowMap), centred about 12 px below it.
  const labels = labelLayout(placed, { at: [hub[0], hub[1] + 12], text: s.hub }, width, height);
  return placed.map((place, i) => ({ ...place, label: labels[i]! })).sort(byPriority);
}

/**
 * The map for `scope` at `width` × at most `maxHeight`, whatever the hover year: flows of the
 * chosen layers over the range, partners with an arc in the range as places, and shading when it applies.
 */
export function mapRange(data: DashboardData, scope: MapScope, width: number, maxHeight: number): MapRange {
  const key = JSON.stringify([scope.layer, scope.edition, scope.start, scope.end, width, maxHeight]);
  const { spots, ...range } = lastPlaces(data, key, () => rangePlaces(data, scope, width, maxHeight));
  // Of the selection, prominence reads only whether there is one.
  const placed = lastLabelled(spots, scope.countries.length ? 1 : 0, () => labelledPlaces(spots, range.hub, scope, width, range.height));
  const places = placed.map((place): MapPlace => ({ ...place, selected: scope.countries.includes(place.code), emphasis: emphasis(place.code, scope) }));
  return { ...range, scope, width, places };
}
