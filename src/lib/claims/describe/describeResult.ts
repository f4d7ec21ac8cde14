// The reader's text of any claim result: dispatches on its kind.
import type { ClaimResult } from '../types.ts';
import { claimStrings as s } from '../../viewStrings/claims.ts';
import type { DescribeContext, ResultText } from './figureText.ts';
import { describeChange } from './describeChange.ts';
import { describeRange } from './describeRange.ts';
import { describeRank } from './describeRank.ts';
import { describeList } from './describeList.ts';
import { describeCount } from './describeCount.ts';

/** One sentence with the computed figures, then labelled details; a no-data result says why. */
export function describeResult(r: ClaimResult, ctx: DescribeContext): ResultText {
  switch (r.kind) {
    case 'change':
      return describeChange(r, ctx);
    case 'range':
      return describeRange(r, ctx);
    case 'rank':
      return describeRank(r, ctx);
    case 'list':
      return describeList(r, ctx);
    case 'count':
      return describeCount(r, ctx);
    default:
      return { headline: s.noData[r.reason], details: [] };
  }
}
