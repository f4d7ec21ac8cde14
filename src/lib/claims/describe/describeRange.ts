// The reader's text of a `range` result: the lowest and highest figures, then all of them.
import type { RangeResult } from '../types.ts';
import { formatCount, formatYears } from '../../format.ts';
import { claimStrings as s } from '../../viewStrings/claims.ts';
import { periodLines, rowText, type DescribeContext, type ResultText } from './figureText.ts';

/** "From ≥18% (2023, Faktyoxla) to 46.4% (est.) (2025, …): 12 figures for 2012–2025." */
export function describeRange(r: RangeResult, ctx: DescribeContext): ResultText {
  const years = formatYears([r.years.start, r.years.end]);
  if (!r.min || !r.max) return { headline: s.rangeEmpty(years), details: [] };
  return {
    headline: s.range(rowText(r.min, ctx), rowText(r.max, ctx), formatCount(r.figures.length), years),
    details: [{ label: s.allFigures, items: periodLines(r.figures, ctx) }],
  };
}
