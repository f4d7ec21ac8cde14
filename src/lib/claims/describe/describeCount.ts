// The reader's text of a `count` result: the subject's contacts and place, then every partner's count.
import type { CountResult } from '../types.ts';
import { formatCount } from '../../format.ts';
import { claimStrings as s } from '../../viewStrings/claims.ts';
import { formatDays, formatOrdinal } from '../../format.ts';
import { nameOf, type DescribeContext, type ResultText } from './figureText.ts';

/** "United Arab Emirates: 13 contacts (4 of them calls), 2nd of 4 partners, Jan 1, 2023 – Dec 31, 2024." */
export function describeCount(r: CountResult, ctx: DescribeContext): ResultText {
  const dates = formatDays(r.start, r.end);
  const name = nameOf(r.subject, ctx);
  const e = r.subjectEntry;
  const found = e
    ? s.count(name, formatCount(e.count), e.calls, formatOrdinal(e.rank), formatCount(r.entries.length), dates)
    : s.countMissing(name, dates, formatCount(r.total));
  const headline = [found, s.countedKinds[r.kinds]].filter(Boolean).join(' ');
  return { headline, details: [{ label: s.perPartner, items: r.entries.map((x) => s.countRow(nameOf(x.code, ctx), formatCount(x.count), x.calls)) }] };
}
