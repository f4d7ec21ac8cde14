// What the Data panel says about each dataset: counts, indicators, year span and sources.
import { extent } from 'd3-array';
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

function rowYears(row: Row): number[] {
  if (typeof row.period === 'string') {
    const p = parsePeriod(row.period);
    return p.ok ? [p.period.start.year, p.period.end.year] : [];
  }
  if (typeof row.start_date === 'string') return [eventYear({ start_date: row.start_date })];
  return [];
}

/** Summarises one validated table for the Data panel. */
export function datasetSummary(resource: Resource, table: TableResult): DatasetSummary {
  const years = table.rows.flatMap(rowYears);
  const used = new Set(table.rows.map((r) => r.indicator).filter((v): v is string => typeof v === 'string'));
  const meta = resource['x-indicators'] ?? {};
  return {
    name: resource.name,
    title: resource.title,
    path: resource.path,
    read: table.read,
    kept: table.kept,
    rejected: table.rejected,
    indicators: [...used].sort().map((name) => ({ name, title: meta[name]?.title ?? name })),
    // d3's extent loops: Math.min(...years) overflows the call stack on a big edited file.
    years: years.length ? (extent(years) as [number, number]) : null,
    sourceIds: [...new Set(table.rows.map((r) => r.source_id).filter((v): v is string => typeof v === 'string'))].sort(),
  };
}
