// The reader's text of a `list` result: each period's figures, conflicting ones side by side.
import type { ListResult } from '../types.ts';
import { formatPeriod, formatQualified, formatYears } from '../../format.ts';
import { claimStrings as s } from '../../viewStrings/claims.ts';
import { sourceNames, type DescribeContext, type ResultText } from './figureText.ts';

/** "43% (2014–2018), 60% (2015–2019), 69% or 64% (2016–2020), 61% (2017–2021)." */
export function describeList(r: ListResult, ctx: DescribeContext): ResultText {
  if (!r.items.length) return { headline: s.listEmpty(formatYears([r.years.start, r.years.end])), details: [] };
  const periods = [...new Set(r.items.map((i) => i.period))];
  const value = (i: ListResult['items'][number]) => formatQualified(i.value, i.unit, i.qualifier);
  const ofPeriod = (p: string) => r.items.filter((i) => i.period === p);
  return {
    headline: s.listJoin(periods.map((p) => s.listEntry(s.joinAlternatives(ofPeriod(p).map(value)), formatPeriod(p)))),
    details: [
      {
        label: s.listBySource,
        items: periods.map((p) =>
          s.periodItem(formatPeriod(p), s.joinFigures(ofPeriod(p).map((i) => `${value(i)} (${sourceNames(i.rows.map((row) => row.source_id), ctx)})`))),
        ),
      },
    ],
  };
}
