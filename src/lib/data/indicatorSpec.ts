// An indicator's metadata as the package descriptor declares it: what a claim's test and a headline read.
import type { IndicatorMeta } from './types.ts';
import type { DashboardData } from './dashboardData.ts';
import type { IndicatorSpec } from './valueFor.ts';

/** The descriptor's metadata of an indicator of a dataset, or null when it declares none. */
export function indicatorMeta(data: DashboardData, dataset: string, indicator: string): IndicatorMeta | null {
  const byName = data.indicators[dataset];
  return byName && Object.hasOwn(byName, indicator) ? (byName[indicator] ?? null) : null;
}

/** The descriptor's aggregation and source preference for an indicator in a unit, or null. */
export function indicatorSpec(data: DashboardData, dataset: string, indicator: string, unit: string): IndicatorSpec | null {
  const meta = indicatorMeta(data, dataset, indicator);
  return meta ? { name: indicator, unit, aggregate: meta.aggregate, sourcePreference: meta.sourcePreference } : null;
}
