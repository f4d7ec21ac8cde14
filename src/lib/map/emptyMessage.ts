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

/** Years (as `YYYY` strings) in which a layer has a positive full-year figure for a partner on the map. */
export function layerYears(data: DashboardData, layer: FlowLayer, edition: Edition): string[] {
  if (layer === 'visits') {
    return data.visits.filter((e) => isPlace(eventPartner(e), data.aggregates)).map((e) => e.start_date.slice(0, 4));
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
    .map((r) => r.period);
}

/** "No figures for 2000–2005. Figures exist for 2006, 2019–2020, 2023–2025." for the layers drawn. */
export function emptyMessage(data: DashboardData, layers: readonly FlowLayer[], edition: Edition, start: number, end: number): string {
  const have = yearsWithFigures(layers.flatMap((layer) => layerYears(data, layer, edition)));
  return strings.noFiguresIn(formatYears([start, end]), have);
}
