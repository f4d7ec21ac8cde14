// Every catalogue view's model from (data, state), by id, and the same model as plain data that can
// cross to another thread: the preview of a data editor's big file computes models in the import
// worker, where its rows are, and the page draws them.
import type { DashboardData } from '../data/dashboardData.ts';
import type { ViewState } from '../state/viewState.ts';
import type { ViewFrame } from '../frame/viewFrame.ts';
import type { ViewId } from './catalogue.ts';
import { oilView, type OilView } from '../charts/oil/oilView.ts';
import { armsView, type ArmsView } from '../charts/arms/armsView.ts';
import { investmentView, type InvestmentView } from '../charts/investment/investmentView.ts';
import { visitsView, type VisitsView } from '../charts/visits/visitsView.ts';
import { mapView, type MapView } from '../map/mapView.ts';

export interface ModelOf {
  map: MapView;
  oil: OilView;
  arms: ArmsView;
  investment: InvestmentView;
  visits: VisitsView;
}

/** What only the map's model depends on beyond the state: its size and the crosshair year. */
export interface MapSize {
  width: number;
  height: number;
  hoverYear: number | null;
}

/** The model of view `id`; `size` is read by the map alone. */
export function viewModel<Id extends ViewId>(id: Id, data: DashboardData, state: ViewState, size: MapSize): ModelOf[Id] {
  const models: { [K in ViewId]: () => ModelOf[K] } = {
    map: () => mapView(data, state, size, size.hoverYear),
    oil: () => oilView(data, state),
    arms: () => armsView(data, state),
    investment: () => investmentView(data, state),
    visits: () => visitsView(data, state),
  };
  return models[id]();
}

/** A model without its frame's table and download (built where the rows are, when a reader asks). */
export type WireModel<M extends { frame: ViewFrame }> = Omit<M, 'frame'> & { frame: Omit<ViewFrame, 'table' | 'download'> };

export function toWire<M extends { frame: ViewFrame }>(model: M): WireModel<M> {
  const { table: _table, download: _download, ...frame } = model.frame;
  return { ...model, frame };
}

/** A model from the wire, its table and download asked of whoever holds the rows. */
export function fromWire<M extends { frame: ViewFrame }>(wire: WireModel<M>, ask: Pick<ViewFrame, 'table' | 'download'>): M {
  return { ...wire, frame: { ...wire.frame, ...ask } } as M;
}
