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
import { perRows } from '../data/perRows.ts';
import { isSpecRow, rowsKey } from '../data/valueFor.ts';

/** The partner and year (`YYYY`) of each positive full-year figure a layer has for a partner on the
 *  map, shared (do not change it): worked out once per table, spec and aggregates, as the map asks on
 *  every change. */
export function layerFigures(data: DashboardData, layer: FlowLayer, edition: Edition): { partner: string; period: string }[] {
  const places = data.aggregates.map((a) => a.code).join(' ');
  if (layer === 'visits') {
    return perRows(data.visits, `visits figures ${places}`, () =>
      data.visits.map((e) => ({ partner: eventPartner(e), period: e.start_date.slice(0, 4) })).filter((f) => isPlace(f.partner, data.aggregates)),
    );
  }
  const { rows, spec } = observationLayer(data, layer, edition);
  return perRows(rows, `layer figures ${rowsKey(spec)} ${places}`, () =>
    rows
      .filter((r) => isSpecRow(r, spec) && r.value > 0)
      .filter((r) => isPlace(partnerOf(r) ?? '', data.aggregates))
      .filter((r) => {
        const p = parsePeriod(r.period);
        return p.ok && p.period.granularity === 'year';
      })
      .map((r) => ({ partner: partnerOf(r)!, period: r.period })),
  );
}

/** "No figures for 2000–2005. Figures exist for 2006, 2019–2020, 2023–2025." for the layers drawn. */
export function emptyMessage(data: DashboardData, layers: readonly FlowLayer[], edition: Edition, start: number, end: number): string {
  const have = yearsWithFigures(layers.flatMap((layer) => layerFigures(data, layer, edition).map((f) => f.period)));
  return strings.noFiguresIn(formatYears([start, end]), have);
}
