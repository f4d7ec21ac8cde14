// The validated package reshaped once for the views: typed rows per dataset, sources by id, names.
import type { Aggregation, IndicatorMeta, Observation, Row, Source, VisitEvent } from './types.ts';
import type { LoadedPackage } from './loadPackage.ts';
import { asEvents, asObservations, asSources } from './rows.ts';
import { domainFromJson, stateDomain, type StateDomain } from './stateDomain.ts';

export interface DashboardData {
  oil: Observation[];
  arms: Observation[];
  investment: Observation[];
  visits: VisitEvent[];
  claims: Row[];
  sources: Map<string, Source>;
  /** Indicator metadata by resource name, then indicator. */
  indicators: Record<string, Record<string, IndicatorMeta>>;
  aggregates: Aggregation[];
  domain: StateDomain;
}

/**
 * Builds the views' data from a loaded package; resources not loaded become empty lists. The
 * domain is the descriptor's (`x-state-domain`, the same for every page whatever it loaded), or
 * computed from the rows when `domainFrom` is 'rows' (an editor's file may add years or partners).
 */
export function dashboardData(pkg: Pick<LoadedPackage, 'descriptor' | 'tables'>, domainFrom: 'descriptor' | 'rows' = 'descriptor'): DashboardData {
  const rows = (name: string) => pkg.tables[name]?.rows ?? [];
  const oil = asObservations(rows('oil-exports'));
  const arms = asObservations(rows('defense-imports'));
  const investment = asObservations(rows('investment'));
  const visits = asEvents(rows('visits'));
  const claims = rows('claims');
  const aggregates = pkg.descriptor['x-aggregates'];
  const aggregateCodes = new Set(aggregates.map((a) => a.code));
  return {
    oil,
    arms,
    investment,
    visits,
    claims,
    sources: new Map(asSources(rows('sources')).map((s) => [s.source_id, s])),
    indicators: Object.fromEntries(pkg.descriptor.resources.map((r) => [r.name, r['x-indicators'] ?? {}])),
    aggregates,
    domain:
      domainFrom === 'descriptor' && pkg.descriptor['x-state-domain']
        ? domainFromJson(pkg.descriptor['x-state-domain'])
        : stateDomain([...oil, ...arms, ...investment], oil, visits, claims, (c) => aggregateCodes.has(c)),
  };
}
