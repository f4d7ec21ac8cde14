// The reader's text of a `change` result: the percentage with the two figures it compares.
import type { ChangeResult, ChangeSide } from '../types.ts';
import { formatYears } from '../../format.ts';
import { claimStrings as s } from '../../viewStrings/claims.ts';
import { formatPercentChange, formatSignedValue } from '../../format.ts';
import { periodLines, valueText, type DescribeContext, type ResultText } from './figureText.ts';

const hasValue = (side: ChangeSide): side is ChangeSide & { value: { value: number } } => side.value.value !== null;

/** "−46.7% (−1.027M t) from ≈2.2M t (2023, …) to 1.173M t (2024, …)", then every figure by year. */
export function describeChange(r: ChangeResult, ctx: DescribeContext): ResultText {
  let headline: string;
  if (!hasValue(r.a) || !hasValue(r.b)) {
    headline = s.changeMissing([r.a, r.b].filter((x) => !hasValue(x)).map((x) => formatYears([x.years.start, x.years.end])));
  } else if (r.percent === null) {
    headline = s.changeZero;
  } else {
    // A change computed from a figure that is not exact is not exact either.
    const mark = [r.a.value.qualifier, r.b.value.qualifier].some((q) => q !== 'exact') ? '≈' : '';
    headline = s.change(
      `${mark}${formatPercentChange(r.percent)}`,
      `${mark}${formatSignedValue(r.absolute!, r.unit)}`,
      valueText(r.a.value, r.a.years, ctx),
      valueText(r.b.value, r.b.years, ctx),
    );
  }
  const details: ResultText['details'] = [];
  if (r.bySource.length) details.push({ label: s.fullYearFigures, items: periodLines(r.bySource.flatMap((y) => y.figures), ctx) });
  if (r.partial.length) details.push({ label: s.notFullYears, items: periodLines(r.partial, ctx) });
  return { headline, details };
}
