// The view state: everything a reader can set, with its defaults (DESIGN.md chart catalogue).
import type { StateDomain } from '../data/stateDomain.ts';

export type { StateDomain };

export const ARMS_VIEWS = ['suppliers', 'customers', 'shares', 'deals'] as const;
export const EDITIONS = ['register2026', 'tables2022'] as const;
export const INVESTMENT_VIEWS = ['flows', 'projects', 'cumulative'] as const;
export const VISIT_KINDS = ['all', 'visits', 'calls'] as const;
export const MAP_LAYERS = ['all', 'oil', 'arms', 'investment', 'visits'] as const;

export type ArmsView = (typeof ARMS_VIEWS)[number];
export type Edition = (typeof EDITIONS)[number];
export type InvestmentView = (typeof INVESTMENT_VIEWS)[number];
export type VisitKinds = (typeof VISIT_KINDS)[number];
export type MapLayer = (typeof MAP_LAYERS)[number];

export interface ViewState {
  /** First and last year shown, inclusive. */
  start: number;
  end: number;
  /** Selected partners (ISO alpha-3), sorted; empty = all partners. */
  countries: string[];
  /** Indicator of oil-exports.csv shown by the oil chart, and its unit. */
  oil: string;
  unit: string;
  arms: ArmsView;
  edition: Edition;
  investment: InvestmentView;
  kinds: VisitKinds;
  layer: MapLayer;
  /** The claim marked in its chart (a claim id of the domain), or null. */
  claim: string | null;
}

export const DEFAULT_STATE: Readonly<ViewState> = Object.freeze({
  start: 2014,
  end: 2024,
  countries: [],
  oil: 'crude_oil_exports',
  unit: 'tonnes',
  arms: 'suppliers',
  edition: 'register2026',
  investment: 'flows',
  kinds: 'all',
  layer: 'all',
  claim: null,
});

/** The default unit of an oil indicator: tonnes where it has them, else its first unit. */
export function defaultUnit(domain: StateDomain, indicator: string): string {
  const units = domain.oilUnits.get(indicator) ?? [];
  return units.includes(DEFAULT_STATE.unit) ? DEFAULT_STATE.unit : (units[0] ?? DEFAULT_STATE.unit);
}

