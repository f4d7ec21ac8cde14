// Everything the arms chart draws for a view state: the chosen view's selection and its frame.
import type { DashboardData } from '../../data/dashboardData.ts';
import type { ViewState } from '../../state/viewState.ts';
import { selectSuppliers, type SupplierStack } from './selectSuppliers.ts';
import { selectCustomers, type CustomerRanking } from './selectCustomers.ts';
import { selectShares, type ShareSelection } from './selectShares.ts';
import { selectDeals, type DealSelection } from './selectDeals.ts';
import { customersFrame, dealsFrame, sharesFrame, suppliersFrame, type ArmsFrame } from './armsFrame.ts';

export type ArmsModel =
  | { view: 'suppliers'; stack: SupplierStack; frame: ArmsFrame }
  | { view: 'customers'; ranking: CustomerRanking; frame: ArmsFrame }
  | { view: 'shares'; shares: ShareSelection; frame: ArmsFrame }
  | { view: 'deals'; deals: DealSelection; frame: ArmsFrame };

/** Selects only what the state's view needs. */
export function armsModel(data: DashboardData, state: ViewState): ArmsModel {
  switch (state.arms) {
    case 'customers': {
      const ranking = selectCustomers(data, state);
      return { view: 'customers', ranking, frame: customersFrame(ranking, data, state) };
    }
    case 'shares': {
      const shares = selectShares(data, state);
      return { view: 'shares', shares, frame: sharesFrame(shares, data, state) };
    }
    case 'deals': {
      const deals = selectDeals(data, state);
      return { view: 'deals', deals, frame: dealsFrame(deals, data, state) };
    }
    default: {
      const stack = selectSuppliers(data, state);
      return { view: 'suppliers', stack, frame: suppliersFrame(stack, data, state) };
    }
  }
}
