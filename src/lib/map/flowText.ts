// How a flow reads: its value with qualifier, its coverage, its years and its publishers.
import type { Source } from '../data/types.ts';
import { formatCount, formatQualified, formatYears, QUALIFIER_LABELS } from '../format.ts';
import { yearRuns } from '../series/yearsWithFigures.ts';
import type { Flow } from './flow.ts';
import { mapStrings as s } from '../strings.ts';

/** "≈2.2M t (approximate)", "872 TIV", "16 contacts"; null values read "no figure for 2014–2024". */
export function flowValue(flow: Flow): string {
  if (flow.value === null) return s.noFigureFor(flowYears(flow));
  if (flow.layer === 'visits') return s.contacts(formatCount(flow.value), flow.value === 1);
  const text = formatQualified(flow.value, flow.unit, flow.qualifier);
  const q = flow.qualifier;
  return q && q !== 'exact' && q !== 'estimate' ? `${text} (${QUALIFIER_LABELS[q]})` : text;
}

/** The years the flow was asked for: "2014–2024" or "2019". */
export function flowYears(flow: Pick<Flow, 'start' | 'end'>): string {
  return formatYears([flow.start, flow.end]);
}

/** "2 of 11 years (2023–2024)"; a single year with its figure reads just "1 of 1 year". */
export function flowCoverage(flow: Pick<Flow, 'coverage'>): string {
  const { n, m, years } = flow.coverage;
  const which = n && n < m ? ` (${yearRuns(years).map((run) => formatYears(run)).join(', ')})` : '';
  return `${s.coverage(n, m)}${which}`;
}

/** The publishers behind a flow, without repeats, in the flow's source order. */
export function flowPublishers(flow: Pick<Flow, 'sources'>, sources: Map<string, Source>): string[] {
  return [...new Set(flow.sources.map((id) => sources.get(id)?.publisher ?? id))];
}

/** The arc's accessible name: "Crude oil, Azerbaijan → Israel, 2014–2024: 3.37M t, 2 of 11 years (2023–2024)". */
export function arcLabel(flow: Flow, partnerName: string): string {
  const ends = flow.direction === 'in' ? `${partnerName} → ${s.hub}` : flow.direction === 'out' ? `${s.hub} → ${partnerName}` : `${s.hub} ↔ ${partnerName}`;
  return `${s.layerShort[flow.layer]}, ${ends}, ${flowYears(flow)}: ${flowValue(flow)}, ${flowCoverage(flow)}`;
}
