// The map's layers: which figures each draws, in which unit and which way they flow.
import type { DashboardData } from '../data/dashboardData.ts';
import type { Observation, Row } from '../data/types.ts';
import { isSpecRow, type IndicatorSpec } from '../data/valueFor.ts';
import { EDITIONS, type Edition, type MapLayer } from '../state/viewState.ts';
import { EDITION_SPECS, inEdition, rowsInEdition } from '../series/editions.ts';

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

type ObservationLayerName = Exclude<FlowLayer, 'visits'>;

/** The table an observation layer draws from, and the indicator spec `valueFor` reads it with: crude
 *  oil exports in tonnes (out), SIPRI TIV of the chosen edition (in), direct-investment flows in US
 *  dollars (in). The aggregation and source preference come from the descriptor's indicator metadata. */
function layerSpec(layer: ObservationLayerName, edition: Edition, indicators: DashboardData['indicators']): { resource: string; spec: IndicatorSpec } {
  const base =
    layer === 'oil'
      ? { resource: 'oil-exports', name: 'crude_oil_exports', unit: 'tonnes' }
      : layer === 'arms'
        ? { resource: 'defense-imports', name: EDITION_SPECS[edition].indicator, unit: 'tiv_millions' }
        : { resource: 'investment', name: 'fdi_flow', unit: 'usd' };
  const meta = indicators[base.resource]?.[base.name];
  return {
    resource: base.resource,
    spec: {
      name: base.name,
      unit: base.unit,
      aggregate: meta?.aggregate ?? 'sum',
      sourcePreference: meta?.sourcePreference ?? [],
      direction: LAYER_DIRECTION[layer] === 'out' ? 'out' : 'in',
    },
  };
}

/** The rows and indicator spec of an observation layer (layerSpec); the arms layer's rows are its edition's. */
export function observationLayer(data: DashboardData, layer: ObservationLayerName, edition: Edition): ObservationLayer {
  const rows = layer === 'oil' ? data.oil : layer === 'arms' ? rowsInEdition(data.arms, edition) : data.investment;
  return { ...layerSpec(layer, edition, data.indicators), rows };
}

const OBSERVATION_LAYERS = FLOW_LAYERS.filter((l): l is ObservationLayerName => l !== 'visits');

/** Whether the map reads this row of `resource` in some layer and edition: every contact, and the
 *  observations of a layer's indicator, unit and direction (the arms layer's, of an edition). Nothing
 *  else of the tables reaches the map, so its embed loads only these rows (scripts/data/checkedFiles.ts). */
export function mapReads(resource: string, row: Row): boolean {
  if (resource === 'visits') return true;
  const r = row as unknown as Observation;
  return OBSERVATION_LAYERS.some((layer) =>
    EDITIONS.some((edition) => {
      const { resource: from, spec } = layerSpec(layer, edition, {});
      return from === resource && (layer !== 'arms' || inEdition(r, edition)) && isSpecRow(r, spec);
    }),
  );
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
