// Every claim of the data with its computed result, the reader's text and the sources to cite.
import type { DashboardData } from '../data/dashboardData.ts';
import type { Claim, ClaimResult } from './types.ts';
import { asClaim } from './asClaim.ts';
import { evaluateClaim } from './evaluateClaim.ts';
import { describeResult } from './describe/describeResult.ts';
import type { ResultText } from './describe/figureText.ts';
import { claimStrings as s } from '../strings.ts';
import { indicatorMeta } from './claimRows.ts';

export interface TestedClaim {
  claim: Claim;
  result: ClaimResult;
  text: ResultText;
  /** What the test is about: the indicator's title, or "High-level contacts" for events. */
  topic: string;
  /** The claim's own sources, or the figures' sources when it names none. */
  sourceIds: string[];
  /** Whether `sourceIds` are the claim's own (true) or the figures' (false). */
  ownSources: boolean;
}

/** Tests every claim row of the data, in file order. */
export function testedClaims(data: DashboardData): TestedClaim[] {
  const ctx = { sources: data.sources, aggregates: data.aggregates };
  return data.claims.map((row) => {
    const claim = asClaim(row);
    const result = evaluateClaim(claim, data);
    const title = claim.indicator ? indicatorMeta(data, claim.dataset, claim.indicator)?.title : undefined;
    const own = claim.sourceIds.length > 0;
    return {
      claim,
      result,
      text: describeResult(result, ctx),
      topic: title ?? (claim.dataset === 'visits' ? s.contacts : (claim.indicator ?? claim.dataset)),
      sourceIds: own ? claim.sourceIds : result.sourceIds,
      ownSources: own,
    };
  });
}
