// The map's data table and download: one row per flow on the map, with its coverage and sources.
import type { Aggregation, Source } from '../data/types.ts';
import { HUB } from '../data/partner.ts';
import { countryName } from '../geo/countryNames.ts';
import { OBSERVATION_COLUMNS } from '../charts/observationTable.ts';
import type { ChartDownload, ChartTable } from '../charts/tableTypes.ts';
import type { Flow } from './flow.ts';
import { flowCoverage, flowPublishers, flowValue, flowYears } from './flowText.ts';
import { mapStrings as s } from '../strings.ts';

/** The flow's ends as the data contract writes them: origin first (Azerbaijan first for contacts). */
export function flowEnds(flow: Pick<Flow, 'partner' | 'direction'>): { from: string; to: string } {
  return flow.direction === 'in' ? { from: flow.partner, to: HUB } : { from: HUB, to: flow.partner };
}

const key = (f: Flow): string => `${f.layer}:${f.partner}`;

/** Rows for the table: layer, ends, years, value with qualifier, coverage, the first source and the others' publishers. */
export function flowTable(flows: readonly Flow[], aggregates: Aggregation[], sources: Map<string, Source>): ChartTable {
  const t = s.table;
  return {
    columns: [
      { key: 'layer', label: t.layer },
      { key: 'from', label: t.from },
      { key: 'to', label: t.to },
      { key: 'years', label: t.years },
      { key: 'value', label: t.value, numeric: true },
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
        to: countryName(to, aggregates),
        years: flowYears(f),
        value: flowValue(f),
        coverage: flowCoverage(f),
        source: f.sources[0] ?? null,
        more: flowPublishers({ sources: f.sources.slice(1) }, sources).join('; '),
      };
    }),
  };
}

/**
 * The download: each flow as an observation row (indicator, period `YYYY/YYYY` or `YYYY`,
 * from, to, value, unit, qualifier, item, source ids joined by ";", coverage in the note).
 */
export function flowDownload(flows: readonly Flow[], filename: string): ChartDownload {
  return {
    filename,
    columns: OBSERVATION_COLUMNS,
    rows: flows.map((f) => ({
      indicator: f.indicator,
      period: f.start === f.end ? String(f.start) : `${f.start}/${f.end}`,
      ...flowEnds(f),
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier,
      item: null,
      source_id: f.sources.join(';'),
      note: flowCoverage(f),
    })),
  };
}
