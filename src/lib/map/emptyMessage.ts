// The map's empty state: no arc in the years chosen, and the years its layers do have figures for.
import type { DashboardData } from '../data/dashboardData.ts';
import { partner as partnerOf, eventPartner } from '../data/partner.ts';
import { parsePeriod } from '../data/parsePeriod.ts';
import { formatYears } from '../format.ts';
import { strings } from '../strings.ts';
import { yearsWithFigures } from '../series/yearsWithFigures.ts';
import type { Edition } from '../state/viewState.ts';
import { observationLayer, type FlowLayer } from './layers.ts';
import { isPlace } from './partnerPlaces.ts';

/** The partner and year (`YYYY`) of each positive full-year figure a layer has for a partner on the map. */
export function layerFigures(data: DashboardData, layer: FlowLayer, edition: Edition): { partner: string; period: string }[] {
  if (layer === 'visits') {
    return data.visits
      .map((e) => ({ partner: eventPartner(e), period: e.start_date.slice(0, 4) }))
      .filter((f) => isPlace(f.partner, data.aggregates));
  }
  const { rows, spec } = observationLayer(data, layer, edition);
  const hubEnd = spec.direction === 'in' ? 'to' : 'from';
  return rows
    .filter((r) => r.indicator === spec.name && r.unit === spec.unit && r[hubEnd] === 'AZE' && r.value > 0)
    .filter((r) => isPlace(partnerOf(r) ?? '', data.aggregates))
    .filter((r) => {
      const p = parsePeriod(r.period);
      return p.ok && p.period.granularity === 'year';
    })
    .map((r) => ({ partner: partnerOf(r)!, period: r.period }));
}



/** "No figures for 2000–2005. Figures exist for 2006, 2019–2020, 2023–2025." for the layers drawn. */
export function emptyMessage(data: DashboardData, layers: readonly FlowLayer[], edition: Edition, start: number, end: number): string {
  const have = yearsWithFigures(layers.flatMap((layer) => layerFigures(data, layer, edition).map((f) => f.period)));
  return strings.noFiguresIn(formatYears([start, end]), have);
}
