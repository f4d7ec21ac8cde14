// The map's data table: one row per flow on the map, with its coverage and sources.
import type { Aggregation, Source } from '../data/types.ts';
import { HUB } from '../data/partner.ts';
import { countryName } from '../geo/countryNames.ts';
import type { ChartTable } from '../frame/tableTypes.ts';
import { isAverage, yearlyValue, type Flow } from './flow.ts';
import { formatQualified } from '../format.ts';
import { flowCoverage, flowPublishers, flowValue, flowYears } from './flowText.ts';
import { mapStrings as s, mapTableStrings as t } from '../viewStrings/map.ts';

/** The flow's ends as ISO codes, origin first: oil Azerbaijan → partner, arms and investment
 *  partner → Azerbaijan; contacts go both ways and are written Azerbaijan first. */
export function flowEnds(flow: Pick<Flow, 'partner' | 'direction'>): { from: string; to: string } {
  return flow.direction === 'in' ? { from: flow.partner, to: HUB } : { from: HUB, to: flow.partner };
}

const key = (f: Flow): string => `${f.layer}:${f.partner}`;

/** Rows for the table, matching the download: layer, ends (contacts marked both ways), years,
 *  the total over the years with figures and the yearly average the arc's width encodes (each
 *  with its qualifier), coverage, the first source and the others' publishers. */
export function flowTable(flows: readonly Flow[], aggregates: Aggregation[], sources: Map<string, Source>): ChartTable {
  return {
    columns: [
      { key: 'layer', label: t.layer },
      { key: 'from', label: t.from },
      { key: 'to', label: t.to },
      { key: 'years', label: t.years, date: true },
      { key: 'value', label: t.value, numeric: true },
      { key: 'yearly', label: t.yearly, numeric: true },
      { key: 'coverage', label: t.coverage },
      { key: 'source', label: t.source, source: true },
      { key: 'more', label: t.moreSources, prose: true },
    ],
    rows: flows.map((f) => {
      const { from, to } = flowEnds(f);
      return {
        key: key(f),
        layer: s.layerShort[f.layer],
        from: countryName(from, aggregates),
        to: f.direction === 'both' ? t.bothWays(countryName(to, aggregates)) : countryName(to, aggregates),
        years: flowYears(f),
        value: flowValue(f),
        yearly: isAverage(f) ? formatQualified(yearlyValue(f)!, f.unit, f.qualifier) : '',
        coverage: flowCoverage(f),
        source: f.sources[0] ?? null,
        more: flowPublishers({ sources: f.sources.slice(1) }, sources).join('; '),
      };
    }),
  };
}
