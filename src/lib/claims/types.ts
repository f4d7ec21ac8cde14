// The typed shapes of a claim and of what testing it against the data yields.
import type { Observation, Qualifier } from '../data/types.ts';
import type { SelectedValue, YearRange } from '../data/valueFor.ts';
import type { VisitKinds } from '../state/viewState.ts';

export type ClaimOp = 'change' | 'range' | 'rank' | 'list' | 'count';

/** Our reading of a claim against the collected data (claims.csv `verdict`). */
export type Verdict = 'supported' | 'partly_supported' | 'not_supported' | 'contradicted' | 'unverifiable';

/** One row of claims.csv with empty cells as null and `source_ids` split. */
export interface Claim {
  id: string;
  text: string;
  op: string;
  dataset: string;
  indicator: string | null;
  unit: string | null;
  from: string | null;
  to: string | null;
  subject: string;
  periodA: string;
  periodB: string;
  groupBy: string;
  view: string;
  finding: string;
  /** Null when the cell is empty or not one of the five verdicts. */
  verdict: Verdict | null;
  /** The claim's own sources; empty means the figures' own sources. */
  sourceIds: string[];
}

/** One side of a change: the value for a year range (from `summarise`). */
export interface ChangeSide {
  years: YearRange;
  value: SelectedValue;
}

/** Every full-year figure of one year, the one used first, then the others by preference. */
export interface YearFigures {
  year: number;
  figures: Observation[];
}

export interface ChangeResult {
  kind: 'change';
  unit: string;
  a: ChangeSide;
  b: ChangeSide;
  /** b − a; null when either side has no full-year figure. */
  absolute: number | null;
  /** (b − a) / a × 100; null when either side is missing or a is 0. */
  percent: number | null;
  /** Filled when the claim groups by source: each year's full-year figures of both periods. */
  bySource: YearFigures[];
  /** Figures for partial periods (months, several years) overlapping the years: not full years. */
  partial: Observation[];
  sourceIds: string[];
}

export interface RangeResult {
  kind: 'range';
  unit: string;
  years: YearRange;
  /** Every figure overlapping the years, ordered by period (or by value). */
  figures: Observation[];
  /** Null when no figure overlaps the years. */
  min: Observation | null;
  max: Observation | null;
  sourceIds: string[];
}

export interface RankEntry {
  code: string;
  value: SelectedValue & { value: number };
  /** 1 + the number of groups with a strictly larger total. */
  rank: number;
}

export interface RankResult {
  kind: 'rank';
  unit: string;
  groupBy: 'from' | 'to';
  years: YearRange;
  /** Groups with a full-year figure, largest first. */
  entries: RankEntry[];
  /** Groups whose rows have no full-year figure in the years (partial periods only). */
  withoutFigure: string[];
  subject: string;
  /** The subject's entry; null when it has no full-year figure. */
  subjectEntry: RankEntry | null;
  sourceIds: string[];
}

/** One figure of a list: rows with the same period, value and qualifier (corroboration). */
export interface ListItem {
  period: string;
  value: number;
  unit: string;
  qualifier: Qualifier;
  rows: Observation[];
}

export interface ListResult {
  kind: 'list';
  unit: string;
  years: YearRange;
  items: ListItem[];
  sourceIds: string[];
}

export interface CountEntry {
  code: string;
  count: number;
  /** How many of the counted contacts are phone calls. */
  calls: number;
  rank: number;
}

export interface CountResult {
  kind: 'count';
  /** Inclusive dates, YYYY-MM-DD. */
  start: string;
  end: string;
  /** The contact kinds counted. */
  kinds: VisitKinds;
  entries: CountEntry[];
  total: number;
  subject: string;
  subjectEntry: CountEntry | null;
  sourceIds: string[];
}

export type NoDataReason = 'unknown-op' | 'unknown-grouping' | 'unknown-dataset' | 'unknown-indicator' | 'no-rows' | 'bad-period';

/** A claim that cannot be tested: says why instead of throwing. */
export interface NoDataResult {
  kind: 'no-data';
  reason: NoDataReason;
  sourceIds: string[];
}

export type ClaimResult = ChangeResult | RangeResult | RankResult | ListResult | CountResult | NoDataResult;

