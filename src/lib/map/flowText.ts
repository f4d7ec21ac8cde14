// How a flow reads: its value with qualifier, its yearly figure, its coverage, its years and its publishers.
import type { Source } from '../data/types.ts';
import { formatCount, formatPeriod, formatQualified, formatYears, QUALIFIER_LABELS } from '../format.ts';
import { yearRuns } from '../series/yearsWithFigures.ts';
import { isAverage, yearlyValue, type Flow } from './flow.ts';
import { mapStrings as s } from '../viewStrings/map.ts';

// The qualifier spelled out where its mark alone could be missed ("approximate", "at least"); est. is already a word.
const qualifierNote = (flow: Pick<Flow, 'qualifier'>): string | null =>
  flow.qualifier && flow.qualifier !== 'exact' && flow.qualifier !== 'estimate' ? QUALIFIER_LABELS[flow.qualifier] : null;

const runs = (years: number[]): string => yearRuns(years).map((run) => formatYears(run)).join(', ');

/** "≈3.373M t (approximate)", "872 TIV", "16 contacts"; null values read "no figure for 2014–2024". */
export function flowValue(flow: Flow): string {
  if (flow.value === null) return s.noFigureFor(flowYears(flow));
  if (flow.layer === 'visits') return s.contacts(formatCount(flow.value), flow.value === 1);
  const text = formatQualified(flow.value, flow.unit, flow.qualifier);
  const note = qualifierNote(flow);
  return note ? `${text} (${note})` : text;
}

/**
 * The figure an arc's width encodes, as the tip says it: "≈1.69M t a year (average of 2 years:
 * 2023–2024; approximate)", "≥11M t in 2023 (at least)", a `latest` figure with its year; contacts
 * and missing figures read as flowValue.
 */
export function flowYearly(flow: Flow): string {
  const yearly = yearlyValue(flow);
  if (yearly === null && flow.partials?.length) return s.noFullYearFigure(flowYears(flow));
  if (yearly === null || flow.layer === 'visits') return flowValue(flow);
  const text = formatQualified(yearly, flow.unit, flow.qualifier);
  const note = qualifierNote(flow);
  const { n, years } = flow.coverage;
  if (!isAverage(flow)) return s.latestYear(text, String(years[years.length - 1] ?? flow.end), note);
  return n === 1 ? s.oneYear(text, String(years[0]), note) : s.yearlyAverage(text, n, runs(years), note);
}

/** The years the flow was asked for: "2014–2024" or "2019". */
export function flowYears(flow: Pick<Flow, 'start' | 'end'>): string {
  return formatYears([flow.start, flow.end]);
}

/** "2 of 11 years (2023–2024)"; a single year with its figure reads just "1 of 1 year". */
export function flowCoverage(flow: Pick<Flow, 'coverage'>): string {
  const { n, m, years } = flow.coverage;
  const which = n && n < m ? ` (${runs(years)})` : '';
  return `${s.coverage(n, m)}${which}`;
}

/** The flow's part-year figures: "also: Jan–Sep 2024, 2.372M t, another source; …", or null when it has none.
 *  "another source" marks a figure from a source the flow's value does not use ("also, from other
 *  sources: …" when that is every one of them). */
export function flowPartials(flow: Flow): string | null {
  const partials = flow.partials ?? [];
  if (!partials.length) return null;
  const other = partials.map((p) => flow.sources.length > 0 && !flow.sources.includes(p.source));
  // Said once when every figure is from another source, rather than after each.
  const allOther = other.every(Boolean);
  return s.tipPartials(
    partials.map((p, i) => s.partialItem(formatPeriod(p.period), formatQualified(p.value, flow.unit, p.qualifier), !allOther && other[i]!)),
    allOther,
  );
}

/** The publishers behind a flow, without repeats, in the flow's source order. */
export function flowPublishers(flow: Pick<Flow, 'sources'>, sources: Map<string, Source>): string[] {
  return [...new Set(flow.sources.map((id) => sources.get(id)?.publisher ?? id))];
}

/** The arc's accessible name: "Crude oil, Azerbaijan → Israel, 2014–2024: ≈1.69M t a year (average of 2 years: 2023–2024; approximate), 2 of 11 years". */
export function arcLabel(flow: Flow, partnerName: string): string {
  const ends = flow.direction === 'in' ? `${partnerName} → ${s.hub}` : flow.direction === 'out' ? `${s.hub} → ${partnerName}` : `${s.hub} ↔ ${partnerName}`;
  return `${s.layerShort[flow.layer]}, ${ends}, ${flowYears(flow)}: ${flowYearly(flow)}, ${s.coverage(flow.coverage.n, flow.coverage.m)}`;
}
