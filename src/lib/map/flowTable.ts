// The map's data table and download: one row per flow on the map, with its coverage and sources.
import type { Aggregation, Source } from '../data/types.ts';
import { HUB } from '../data/partner.ts';
import { countryName } from '../geo/countryNames.ts';
import type { ChartDownload, ChartTable } from '../frame/tableTypes.ts';
import type { DownloadScope } from '../frame/downloadScope.ts';
import { citation } from '../frame/citation.ts';
import { CITATION_COLUMNS } from '../data/readableColumns.ts';
import { isAverage, yearlyValue, type Flow } from './flow.ts';
import { formatQualified } from '../format.ts';
import { flowCoverage, flowPublishers, flowValue, flowYears } from './flowText.ts';
import { downloadStrings, mapStrings as s } from '../strings.ts';

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
  const t = s.table;
  return {
    columns: [
      { key: 'layer', label: t.layer },
      { key: 'from', label: t.from },
      { key: 'to', label: t.to },
      { key: 'years', label: t.years },
      { key: 'value', label: t.value, numeric: true },
      { key: 'yearly', label: t.yearly, numeric: true },
      { key: 'coverage', label: t.coverage },
      { key: 'source', label: t.source, source: true },
      { key: 'more', label: t.moreSources },
    ],
    rows: flows.map((f) => {
      const { from, to } = flowEnds(f);
      return {
        key: key(f),
        layer: s.layerShort[f.layer],
        from: countryName(from, aggregates),
        to: f.direction === 'both' ? s.table.bothWays(countryName(to, aggregates)) : countryName(to, aggregates),
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

/**
 * The download's own columns: a flow is a summary over years, not an observation row of the
 * data contract, so it is not written in the contract's columns (it would not load back as one).
 */
export const FLOW_COLUMNS = [
  'layer',
  'indicator',
  'from',
  'to',
  'direction',
  'first_year',
  'last_year',
  'total',
  'yearly_average',
  'unit',
  'qualifier',
  'years_with_figures',
  'years_in_range',
  'figure_years',
  'total_is',
  'from_name',
  'to_name',
  'source_ids',
  ...CITATION_COLUMNS,
];

/**
 * The download: one row per flow in FLOW_COLUMNS. `layer` is the map's layer key; `indicator`
 * the dataset indicator summarised (empty for contacts, counted from the visits list); `from`
 * and `to` ISO codes in the flow's direction, `direction` `one_way` or `both_ways` (contacts);
 * `first_year`/`last_year` the years asked for (inclusive); `total` the sum over the years with a
 * figure (contacts: their count; a `latest` indicator: its latest year's figure) and
 * `yearly_average` that sum over the years with a figure (what an arc's width encodes; empty for
 * contacts and `latest` indicators), as numbers in `unit`, both with `qualifier` (the loosest of
 * the years', combineQualifiers); `years_with_figures` of `years_in_range` the coverage,
 * `figure_years` and `source_ids` lists joined by ";"; `total_is` says in words how `total` is made;
 * `from_name`/`to_name` name the ends; the citation columns cite every source, joined by "; ".
 */
export function flowDownload(flows: readonly Flow[], data: { aggregates: Aggregation[]; sources: Map<string, Source> }, scope: DownloadScope): ChartDownload {
  const totalIs = downloadStrings.totalIs;
  return {
    ...scope,
    columns: FLOW_COLUMNS,
    rows: flows.map((f) => {
      const ends = flowEnds(f);
      return {
        layer: f.layer,
        indicator: f.layer === 'visits' ? null : f.indicator,
        ...ends,
        direction: f.direction === 'both' ? 'both_ways' : 'one_way',
        first_year: f.start,
        last_year: f.end,
        total: f.value,
        yearly_average: isAverage(f) ? yearlyValue(f) : null,
        unit: f.unit,
        qualifier: f.qualifier,
        years_with_figures: f.coverage.n,
        years_in_range: f.coverage.m,
        figure_years: f.coverage.years.join(';'),
        total_is: f.layer === 'visits' ? totalIs.count : totalIs[f.aggregate ?? 'sum'],
        from_name: countryName(ends.from, data.aggregates),
        to_name: countryName(ends.to, data.aggregates),
        source_ids: f.sources.join(';'),
        ...citation(f.sources, data.sources),
      };
    }),
  };
}
