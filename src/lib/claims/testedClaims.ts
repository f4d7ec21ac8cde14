// Every claim of the data with its computed result, the reader's text and the sources to cite.
import type { DashboardData } from '../data/dashboardData.ts';
import type { Claim } from './types.ts';
import { asClaim } from './asClaim.ts';
import { evaluateClaim } from './evaluateClaim.ts';
import { describeResult } from './describe/describeResult.ts';
import type { ResultText } from './describe/figureText.ts';
import { claimStrings as s } from '../viewStrings/claims.ts';
import { indicatorMeta } from '../data/indicatorSpec.ts';

/** A claim as the claims panel shows it: its result in words, not the figures behind it (a rank's
 *  result holds every row it summed, which the build's facts and the import worker's answer would carry). */
export interface TestedClaim {
  claim: Claim;
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
  return firstTestedClaims(data, data.claims.length);
}

const testedByData = new WeakMap<DashboardData, TestedClaim[]>();

/** The first `n` claims of the data, tested in file order, each once per loaded data: the claims
 *  panel asks for one more per task. */
export function firstTestedClaims(data: DashboardData, n: number): TestedClaim[] {
  let done = testedByData.get(data);
  if (!done) testedByData.set(data, (done = []));
  while (done.length < Math.min(n, data.claims.length)) done.push(testClaim(data.claims[done.length]!, data));
  return done.slice(0, n);
}

function testClaim(row: DashboardData['claims'][number], data: DashboardData): TestedClaim {
  const claim = asClaim(row);
  const result = evaluateClaim(claim, data);
  const title = claim.indicator ? indicatorMeta(data, claim.dataset, claim.indicator)?.title : undefined;
  const own = claim.sourceIds.length > 0;
  return {
    claim,
    text: describeResult(result, { sources: data.sources, aggregates: data.aggregates }),
    topic: title ?? (claim.dataset === 'visits' ? s.contacts : (claim.indicator ?? claim.dataset)),
    sourceIds: own ? claim.sourceIds : result.sourceIds,
    ownSources: own,
  };
}
