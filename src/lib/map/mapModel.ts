// What the flow map draws for its range and a hover year: the flows drawn, an arc per positive flow, widths per layer
// (an arc's width encodes its yearly figure, so one year's figure and two years' compare like with like).
import { max } from 'd3-array';
import type { DashboardData } from '../data/dashboardData.ts';
import { arcPath, bendFor, type Point } from './arcPath.ts';
import { arcWidthScale, referenceValues, widthRangeFor } from './arcWidth.ts';
import { isPartial, yearlyValue, type Flow } from './flow.ts';
import { flowsFor } from './layerFlows.ts';
import type { FlowLayer } from './layers.ts';
import { placeable, type MapPlace, type MapRange } from './mapRange.ts';
import { lastComputed } from '../data/lastComputed.ts';
import { flowTip } from './flowTip.ts';

export interface MapArc {
  key: string;
  flow: Flow;
  d: string;
  chevron: string | null;
  width: number;
  partial: boolean;
}

export interface MapPartner extends MapPlace {
  /** The partner's flows for the years drawn, one per layer it has rows in. */
  flows: Flow[];
  arcs: MapArc[];
  /** What the shared tooltip says of it (flowTip), also its accessible description. */
  tip: string[];
}

export interface MapModel {
  height: number;
  layers: FlowLayer[];
  /** The crosshair year when it is drawn instead of the range. */
  year: number | null;
  /** Placeable flows over the whole range (the table and download read these). */
  rangeFlows: Flow[];
  hub: Point;
  partners: MapPartner[];
  /** Per layer, the largest yearly figure (yearlyValue) and the legend's reference values with
   *  their stroke widths (plain numbers: a model may be computed in the import worker). */
  widths: Map<FlowLayer, { max: number; refs: { value: number; width: number }[] }>;
  shades: Map<string, number> | null;
}

// Kept per range (its flows stand for it: where the range's places sit and the size come with them) for
// the last year drawn: a selection changes only the places' labels and emphasis, so the arcs and tips
// stay as they were.
const lastModel = lastComputed<MapModel>();

/**
 * The map of `range` drawing `hoverYear` alone when it lies in the range (else the range):
 * each place's flows, an arc per positive flow, and widths per layer.
 */
export function mapModel(data: DashboardData, range: MapRange, hoverYear: number | null = null): MapModel {
  const { scope, layers, width, hub } = range;
  const year = hoverYear !== null && hoverYear >= scope.start && hoverYear <= scope.end ? hoverYear : null;
  const kept = lastModel(range.rangeFlows, year, () => {
    const shown = year === null ? range.rangeFlows : placeable(data, flowsFor(data, layers, scope.edition, { start: year, end: year }));

    // Per layer, its yearly figures once: the width scale and the legend's references both read them.
    const values = new Map(layers.map((layer) => [layer, shown.filter((f) => f.layer === layer).map(yearlyValue)]));
    const scales = new Map(layers.map((layer) => [layer, arcWidthScale(values.get(layer)!, widthRangeFor(layer, width))]));
    const widths = new Map(
      layers.map((layer) => {
        const top = Math.max(0, max(values.get(layer)!, (v) => v) ?? 0);
        const refs = top > 0 ? referenceValues(top, layer === 'visits').map((value) => ({ value, width: scales.get(layer)!(value) ?? 0 })) : [];
        return [layer, { max: top, refs }];
      }),
    );
    const all = layers.length > 1;
    const partners = range.places.map((place): MapPartner => {
      const flows = shown.filter((f) => f.partner === place.code);
      const arcs = flows.flatMap((flow): MapArc[] => {
        const w = scales.get(flow.layer)!(yearlyValue(flow));
        if (w === null) return [];
        const geometry = arcPath(hub, [place.x, place.y], bendFor(flow.layer, all), flow.direction, w);
        return [{ key: `${flow.layer}:${flow.partner}`, flow, d: geometry.d, chevron: geometry.chevron, width: w, partial: isPartial(flow) }];
      });
      return { ...place, flows, arcs, tip: flowTip({ name: place.name, flows }, data.sources) };
    });
    return { height: range.height, layers, year, rangeFlows: range.rangeFlows, hub, partners, widths, shades: range.shades };
  });
  // The same places in the same order, each with its selection as the scope has it now.
  return { ...kept, partners: range.places.map((place, i) => ({ ...kept.partners[i]!, ...place })) };
}
