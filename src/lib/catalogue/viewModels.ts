// Every catalogue view's model from (data, state), by id: the import worker builds a previewed
// file's models with it, where the rows are (the page's views import their own model code only).
import type { DashboardData } from '../data/dashboardData.ts';
import type { ViewState } from '../state/viewState.ts';
import type { MapSize } from './wireModel.ts';
import type { ViewId } from './catalogue.ts';
import { oilView, type OilView } from '../charts/oil/oilView.ts';
import { armsView, type ArmsView } from '../charts/arms/armsView.ts';
import { selectOtherView as otherArmsView } from '../charts/arms/otherViews.ts';
import { investmentView, type InvestmentView } from '../charts/investment/investmentView.ts';
import { selectOtherView as otherInvestmentView } from '../charts/investment/otherViews.ts';
import { visitsView, type VisitsView } from '../charts/visits/visitsView.ts';
import { mapView, type MapView } from '../map/mapView.ts';

export interface ModelOf {
  map: MapView;
  oil: OilView;
  arms: ArmsView;
  investment: InvestmentView;
  visits: VisitsView;
}


/** The model of view `id`; `size` is read by the map alone. */
export function viewModel<Id extends ViewId>(id: Id, data: DashboardData, state: ViewState, size: MapSize): ModelOf[Id] {
  const models: { [K in ViewId]: () => ModelOf[K] } = {
    map: () => mapView(data, state, size, size.hoverYear),
    oil: () => oilView(data, state),
    arms: () => armsView(data, state, () => otherArmsView),
    investment: () => investmentView(data, state, () => otherInvestmentView),
    visits: () => visitsView(data, state),
  };
  return models[id]();
}
