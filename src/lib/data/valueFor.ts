// The one function that decides what a mark shows for a partner, an indicator and a year range.
import type { Aggregate, Observation, Qualifier } from './types.ts';
import { parsePeriod } from './parsePeriod.ts';
import { HUB, partner as partnerOf } from './partner.ts';
import { compareText } from '../text/compareText.ts';
import { perRows } from './perRows.ts';

/** What valueFor needs to know about an indicator: its name, the unit of the figure and the
 *  descriptor's aggregation and source preference for it. */
export interface IndicatorSpec {
  name: string;
  unit: string;
  aggregate: Aggregate;
  sourcePreference: string[];
  /** `in`: partner → Azerbaijan, `out`: Azerbaijan → partner; omitted: either way (turnover, shares). */
  direction?: 'in' | 'out';
}

export interface YearRange {
  start: number;
  end: number;
}

export interface SelectedValue {
  /** Null when no year in the range has a full-year figure. */
  value: number | null;
  unit: string;
  qualifier: Qualifier | null;
  /** Years with a full-year figure (`n`) of the years in the range (`m`). */
  coverage: { n: number; m: number; years: number[] };
  /** The rows that make up the value, one per covered year. */
  used: Observation[];
  /** Other full-year rows for the covered years: corroborating or conflicting figures. */
  alternatives: Observation[];
  /** Source ids of the used rows, in year order, without repeats. */
  sources: string[];
}

const QUALIFIER_RANK: Record<Qualifier, number> = { exact: 0, approx: 1, estimate: 2, lower_bound: 3, upper_bound: 4 };

function preferenceRank(spec: IndicatorSpec, row: Observation): [number, number, string] {
  const i = spec.sourcePreference.indexOf(row.source_id);
  return [i === -1 ? Infinity : i, QUALIFIER_RANK[row.qualifier], row.source_id];
}

function compareRank(a: [number, number, string], b: [number, number, string]): number {
  return a[0] - b[0] || a[1] - b[1] || compareText(a[2], b[2]);
}

/** Which of two figures for one period comes first: the descriptor's preferred source, then the
 *  tighter qualifier, then the source id (a stable choice). Negative when `a` does. */
export function comparePreference(spec: IndicatorSpec, a: Observation, b: Observation): number {
  return compareRank(preferenceRank(spec, a), preferenceRank(spec, b));
}

/**
 * How a figure made of several (a sum or an average) reads: the loosest of its parts.
 * No parts: null; any estimate: estimate; else any approximate part, or lower and upper bounds
 * together: approximate; a bound survives only beside exact parts (≥ or ≤); all exact: exact.
 */
export function combineQualifiers(qs: readonly Qualifier[]): Qualifier | null {
  if (!qs.length) return null;
  const has = (q: Qualifier) => qs.includes(q);
  if (has('estimate')) return 'estimate';
  if (has('approx') || (has('lower_bound') && has('upper_bound'))) return 'approx';
  if (has('lower_bound')) return 'lower_bound';
  if (has('upper_bound')) return 'upper_bound';
  return 'exact';
}

/** A relation's full-year rows of one indicator by year, each year's most preferred first: what
 *  a summary of any range of years picks from. */
type RankedYears = Map<number, Observation[]>;

function rankYears(rows: readonly Observation[], spec: IndicatorSpec): RankedYears {
  const byYear: RankedYears = new Map();
  for (const row of rows) {
    if (row.indicator !== spec.name || row.unit !== spec.unit) continue;
    const p = parsePeriod(row.period);
    if (!p.ok || p.period.granularity !== 'year') continue;
    const y = p.period.start.year;
    const same = byYear.get(y);
    if (same) same.push(row);
    else byYear.set(y, [row]);
  }
  for (const same of byYear.values()) same.sort((a, b) => comparePreference(spec, a, b));
  return byYear;
}

function summariseRanked(ranked: RankedYears, spec: IndicatorSpec, years: YearRange): SelectedValue {
  const covered = [...ranked.keys()].filter((y) => y >= years.start && y <= years.end).sort((a, b) => a - b);
  const used: Observation[] = [];
  const alternatives: Observation[] = [];
  for (const y of covered) {
    const [best, ...rest] = ranked.get(y)!;
    used.push(best!);
    alternatives.push(...rest);
  }
  const counted = spec.aggregate === 'sum' ? used : used.slice(-1);
  return {
    value: counted.length ? counted.reduce((s, r) => s + r.value, 0) : null,
    unit: spec.unit,
    qualifier: combineQualifiers(counted.map((r) => r.qualifier)),
    coverage: { n: covered.length, m: Math.max(0, years.end - years.start + 1), years: covered },
    used,
    alternatives,
    sources: [...new Set(counted.map((r) => r.source_id))],
  };
}

/**
 * Summarises rows already limited to one relation (e.g. Azerbaijan ↔ Israel): per year the
 * full-year figure from the most preferred source; partial periods never stand in for a year.
 * `sum` indicators add the covered years, `latest` ones take the last covered year.
 */
export function summarise(rows: Observation[], spec: IndicatorSpec, years: YearRange): SelectedValue {
  return summariseRanked(rankYears(rows, spec), spec, years);
}

/** Which end of a row must be Azerbaijan for the indicator's direction (none: either way). */
function hubEndOf(indicator: IndicatorSpec): 'from' | 'to' | null {
  return indicator.direction === 'in' ? 'to' : indicator.direction === 'out' ? 'from' : null;
}

/** Whether a row is one of the indicator's, in its unit, with Azerbaijan at the end its direction names. */
export function isSpecRow(row: Observation, indicator: IndicatorSpec): boolean {
  const hubEnd = hubEndOf(indicator);
  return row.indicator === indicator.name && row.unit === indicator.unit && (!hubEnd || row[hubEnd] === HUB);
}

/** A key naming what of a spec picks and ranks rows (not its aggregation), for work kept per table. */
export const rowsKey = ({ name, unit, direction, sourcePreference }: IndicatorSpec): string => JSON.stringify([name, unit, direction ?? null, sourcePreference]);

/** Every partner's rows of the indicator (in its unit and direction), ranked by year: worked out
 *  once per table and indicator, so a change of years reads a few years per partner rather than
 *  every row (on the 100x data each change scanned ~250,000 rows several times). Partners are in
 *  the order their first row comes. */
function rankedByPartner(rows: Observation[], indicator: IndicatorSpec): Map<string, RankedYears> {
  return perRows(rows, `ranked by partner ${rowsKey(indicator)}`, () => {
    const groups = new Map<string, Observation[]>();
    for (const r of rows) {
      if (!isSpecRow(r, indicator)) continue;
      const p = partnerOf(r);
      if (!p) continue;
      const group = groups.get(p);
      if (group) group.push(r);
      else groups.set(p, [r]);
    }
    return new Map([...groups].map(([p, group]) => [p, rankYears(group, indicator)]));
  });
}

/** The value of an indicator for one partner of Azerbaijan over a year range (DESIGN.md). */
export function valueFor(rows: Observation[], partner: string, indicator: IndicatorSpec, years: YearRange): SelectedValue {
  return summariseRanked(rankedByPartner(rows, indicator).get(partner) ?? new Map(), indicator, years);
}

/** valueFor for every partner at once: the map asks for all of them on each filter change.
 *  Partners are those with a row of the indicator in its unit and direction. */
export function valuesByPartner(rows: Observation[], indicator: IndicatorSpec, years: YearRange): Map<string, SelectedValue> {
  return new Map([...rankedByPartner(rows, indicator)].map(([p, ranked]) => [p, summariseRanked(ranked, indicator, years)]));
}
