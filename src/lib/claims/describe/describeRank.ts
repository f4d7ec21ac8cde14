// The reader's text of a `rank` result: the subject's place and the groups ahead of it.
import type { RankEntry, RankResult } from '../types.ts';
import { formatCount, formatQualified, formatYears } from '../../format.ts';
import { claimStrings as s } from '../../viewStrings/claims.ts';
import { formatOrdinal } from '../../format.ts';
import { nameOf, type DescribeContext, type ResultText } from './figureText.ts';

/** How many leaders the headline names when the subject is further down. */
const LEADERS = 3;

/** "Azerbaijan ranks 2nd of the 70 recipients collected (2011–2020): India 2,732 TIV, Azerbaijan 872 TIV." */
export function describeRank(r: RankResult, ctx: DescribeContext): ResultText {
  const years = formatYears([r.years.start, r.years.end]);
  const value = (e: RankEntry) => {
    const v = formatQualified(e.value.value, e.value.unit, e.value.qualifier);
    const c = e.value.coverage;
    return c.n < c.m ? `${v} (${s.coverage(c.n, c.m)})` : v;
  };
  const entry = (e: RankEntry) => s.rankEntry(nameOf(e.code, ctx), value(e));
  const details: ResultText['details'] = [
    { label: s.ranking, items: r.entries.map((e) => s.rankRow(e.rank, nameOf(e.code, ctx), value(e))) },
  ];
  if (r.withoutFigure.length) details.push({ label: s.withoutFigure(r.withoutFigure.map((c) => nameOf(c, ctx)).join(', ')), items: [] });
  const subject = r.subjectEntry;
  if (!subject) return { headline: s.rankMissing(nameOf(r.subject, ctx), years, formatCount(r.entries.length)), details };
  const upTo = r.entries.indexOf(subject);
  const shown = upTo < LEADERS + 1 ? r.entries.slice(0, Math.max(upTo + 1, 2)).map(entry) : [...r.entries.slice(0, LEADERS).map(entry), s.rankEllipsis, entry(subject)];
  const noun = s.rankNoun(r.groupBy, r.unit);
  return { headline: s.rank(nameOf(r.subject, ctx), formatOrdinal(subject.rank), formatCount(r.entries.length), noun, years, shown.join(', ')), details };
}
