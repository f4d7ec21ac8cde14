// The map's download, loaded when a reader asks for it: one row per flow, in columns of its own.
import type { Aggregation, Source } from '../data/types.ts';
import { CITATION_COLUMNS } from '../data/readableColumns.ts';
import { countryName } from '../geo/countryNames.ts';
import type { ChartDownload } from '../frame/tableTypes.ts';
import type { DownloadScope } from '../frame/downloadScope.ts';
import { citation } from '../frame/citation.ts';
import { isAverage, yearlyValue, type Flow } from './flow.ts';
import { flowEnds } from './flowTable.ts';
import { downloadStrings } from '../viewStrings/downloads.ts';

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
