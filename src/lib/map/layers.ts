// The map's layers: which figures each draws, in which unit and which way they flow.
import type { DashboardData } from '../data/dashboardData.ts';
import type { Observation } from '../data/types.ts';
import type { IndicatorSpec } from '../data/valueFor.ts';
import type { Edition, MapLayer } from '../state/viewState.ts';
import { EDITION_SPECS, rowsInEdition } from '../series/editions.ts';

/** A layer that draws flows of one kind (`all` draws each of them). */
export type FlowLayer = Exclude<MapLayer, 'all'>;

/** Every flow layer, in drawing and legend order. */
export const FLOW_LAYERS: readonly FlowLayer[] = ['oil', 'arms', 'investment', 'visits'];

/** `out`: Azerbaijan → partner; `in`: partner → Azerbaijan; `both`: contacts, which go either way. */
export type FlowDirection = 'in' | 'out' | 'both';

export const LAYER_DIRECTION: Readonly<Record<FlowLayer, FlowDirection>> = {
  oil: 'out',
  arms: 'in',
  investment: 'in',
  visits: 'both',
};

/** The layers a choice draws: one, or all four. */
export function layersOf(layer: MapLayer): FlowLayer[] {
  return layer === 'all' ? [...FLOW_LAYERS] : [layer];
}

/** An observation layer's rows and the spec `valueFor` reads them with. */
export interface ObservationLayer {
  resource: string;
  rows: Observation[];
  spec: IndicatorSpec;
}

/**
 * The rows and indicator spec of an observation layer: crude oil exports in tonnes (out),
 * SIPRI TIV of the chosen edition (in), direct-investment flows in US dollars (in). The
 * aggregation and source preference come from the descriptor's indicator metadata.
 */
export function observationLayer(data: DashboardData, layer: Exclude<FlowLayer, 'visits'>, edition: Edition): ObservationLayer {
  const base =
    layer === 'oil'
      ? { resource: 'oil-exports', rows: data.oil, name: 'crude_oil_exports', unit: 'tonnes' }
      : layer === 'arms'
        ? { resource: 'defense-imports', rows: rowsInEdition(data.arms, edition), name: EDITION_SPECS[edition].indicator, unit: 'tiv_millions' }
        : { resource: 'investment', rows: data.investment, name: 'fdi_flow', unit: 'usd' };
  const meta = data.indicators[base.resource]?.[base.name];
  return {
    resource: base.resource,
    rows: base.rows,
    spec: {
      name: base.name,
      unit: base.unit,
      aggregate: meta?.aggregate ?? 'sum',
      sourcePreference: meta?.sourcePreference ?? [],
      direction: LAYER_DIRECTION[layer] === 'out' ? 'out' : 'in',
    },
  };
}

/** Each layer's colour: tokens set on the map's root (light and dark), never a literal colour here. */
export const LAYER_COLOUR: Readonly<Record<FlowLayer, string>> = {
  oil: 'var(--flow-oil)',
  arms: 'var(--flow-arms)',
  investment: 'var(--flow-investment)',
  visits: 'var(--flow-visits)',
};

/** The unit each layer's figures are in. */
export const LAYER_UNIT: Readonly<Record<FlowLayer, string>> = {
  oil: 'tonnes',
  arms: 'tiv_millions',
  investment: 'usd',
  visits: 'contacts',
};
