// What the Data panel says about each dataset: counts, indicators, year span and sources.
import type { Resource, Row } from './types.ts';
import type { TableResult } from './validateTable.ts';
import { parsePeriod } from './parsePeriod.ts';
import { eventYear } from './eventYear.ts';

export interface DatasetSummary {
  name: string;
  title: string;
  path: string;
  read: number;
  kept: number;
  rejected: number;
  indicators: { name: string; title: string }[];
  /** First and last year any kept row touches; null when no row carries a period or date. */
  years: [number, number] | null;
  /** Source ids the kept rows cite, sorted. */
  sourceIds: string[];
}

/** Widens `span` to the years a row touches: its period's, or its event's start date. */
function widen(span: [number, number] | null, row: Row): [number, number] | null {
  let first: number;
  let last: number;
  if (typeof row.period === 'string') {
    const p = parsePeriod(row.period);
    if (!p.ok) return span;
    [first, last] = [p.period.start.year, p.period.end.year];
  } else if (typeof row.start_date === 'string') {
    first = last = eventYear({ start_date: row.start_date });
  } else return span;
  if (!span) return [first, last];
  if (first < span[0]) span[0] = first;
  if (last > span[1]) span[1] = last;
  return span;
}

/** Summarises one validated table for the Data panel: one pass, no array per row (a 255,600-row
 *  package took 125 ms with one). */
export function datasetSummary(resource: Resource, table: TableResult): DatasetSummary {
  let years: [number, number] | null = null;
  const used = new Set<string>();
  const sources = new Set<string>();
  for (const row of table.rows) {
    years = widen(years, row);
    if (typeof row.indicator === 'string') used.add(row.indicator);
    if (typeof row.source_id === 'string') sources.add(row.source_id);
  }
  const meta = resource['x-indicators'] ?? {};
  return {
    name: resource.name,
    title: resource.title,
    path: resource.path,
    read: table.read,
    kept: table.kept,
    rejected: table.rejected,
    indicators: [...used].sort().map((name) => ({ name, title: meta[name]?.title ?? name })),
    years,
    sourceIds: [...sources].sort(),
  };
}
