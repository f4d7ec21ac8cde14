// Every partner's flow for the layers drawn: valueFor for observations, a count for contacts.
import type { DashboardData } from '../data/dashboardData.ts';
import { valuesByPartner, type YearRange } from '../data/valueFor.ts';
import type { Edition } from '../state/viewState.ts';
import { combineQualifiers } from '../data/valueFor.ts';
import { contactFlows } from './contactFlows.ts';
import type { Flow } from './flow.ts';
import { LAYER_DIRECTION, observationLayer, type FlowLayer } from './layers.ts';
import { partialsByPartner } from './partialFigures.ts';

/**
 * The flows of one layer over `years`, one per partner that has any row of the layer's
 * indicator (in its unit and direction) in the data, whether or not the range has a figure.
 * The qualifier is the loosest of the years counted (combineQualifiers); part-year figures in the
 * range come along as `partials`. Aggregates are still here; the map leaves them out when it places partners.
 */
export function layerFlows(data: DashboardData, layer: FlowLayer, edition: Edition, years: YearRange): Flow[] {
  if (layer === 'visits') return contactFlows(data.visits, years);
  const { rows, spec } = observationLayer(data, layer, edition);
  const values = valuesByPartner(rows, spec, years);
  const partials = partialsByPartner(rows, spec, years);
  return [...values.keys()].sort().map((partner) => {
    const v = values.get(partner)!;
    const counted = spec.aggregate === 'sum' ? v.used : v.used.slice(-1);
    return {
      layer,
      partner,
      direction: LAYER_DIRECTION[layer],
      indicator: spec.name,
      value: v.value,
      unit: v.unit,
      qualifier: combineQualifiers(counted.map((r) => r.qualifier)),
      coverage: { n: v.coverage.n, m: v.coverage.m, years: v.coverage.years },
      sources: v.sources,
      start: years.start,
      end: years.end,
      aggregate: spec.aggregate,
      partials: partials.get(partner) ?? [],
    };
  });
}

/** The flows of several layers, layer by layer. */
export function flowsFor(data: DashboardData, layers: readonly FlowLayer[], edition: Edition, years: YearRange): Flow[] {
  return layers.flatMap((layer) => layerFlows(data, layer, edition, years));
}
