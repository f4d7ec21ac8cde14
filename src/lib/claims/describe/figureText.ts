// How one figure, or one summarised value, reads in the claims panel: value, period and sources.
import type { Aggregation, Observation, Source } from '../../data/types.ts';
import type { SelectedValue, YearRange } from '../../data/valueFor.ts';
import { formatPeriod, formatQualified, formatYears } from '../../format.ts';
import { countryName } from '../../geo/countryNames.ts';
import { comparePeriods } from '../claimRows.ts';
import { claimStrings as s } from '../../viewStrings/claims.ts';

/** What the texts need besides a result: sources by id (publisher names) and aggregate names. */
export interface DescribeContext {
  sources: Map<string, Source>;
  aggregates: Aggregation[];
}

/** What a reader sees of a claim's result: one sentence, then labelled lists of details. */
export interface ResultText {
  headline: string;
  details: { label: string; items: string[] }[];
}

/** The publisher of each source (its id when the source is missing), without repeats. */
export function sourceNames(ids: string[], ctx: DescribeContext): string {
  return s.joinSources([...new Set(ids)].map((id) => ctx.sources.get(id)?.publisher ?? id));
}

export const nameOf = (code: string, ctx: DescribeContext) => countryName(code, ctx.aggregates);

/** "≈2.2M t" */
export const rowValue = (row: Observation) => formatQualified(row.value, row.unit, row.qualifier);

/** "≈2.2M t (2023, Faktyoxla)" */
export function rowText(row: Observation, ctx: DescribeContext): string {
  return s.figure(rowValue(row), formatPeriod(row.period), sourceNames([row.source_id], ctx));
}

/** A summarised value with its years, coverage and sources: "1.173M t (2024, Mitk.am)". */
export function valueText(v: SelectedValue & { value: number }, years: YearRange, ctx: DescribeContext): string {
  const span = formatYears([years.start, years.end]);
  const period = v.coverage.n < v.coverage.m ? `${span}, ${s.coverage(v.coverage.n, v.coverage.m)}` : span;
  return s.figure(formatQualified(v.value, v.unit, v.qualifier), period, sourceNames(v.sources, ctx));
}

/** One line per period, its figures side by side: "Jan–Nov 2023: 2.245M t (Isranomics); ≈2.24M t (Globes)". */
export function periodLines(rows: Observation[], ctx: DescribeContext): string[] {
  const periods = [...new Set(rows.map((r) => r.period))].sort(comparePeriods);
  return periods.map((p) =>
    s.periodItem(
      formatPeriod(p),
      s.joinFigures(rows.filter((r) => r.period === p).map((r) => `${rowValue(r)} (${sourceNames([r.source_id], ctx)})`)),
    ),
  );
}
