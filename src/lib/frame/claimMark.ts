// The claim a view marks (`claim=<id>`): the band of its years, its partner and the note on the frame.
import type { StateDomain, ViewState } from '../state/viewState.ts';
import { formatYears } from '../format.ts';
import { claimMarkStrings as s, verdictStrings } from '../strings.ts';

export interface ClaimMark {
  id: string;
  /** The claim's years, inclusive: the band drawn behind the marks (clipped to the years drawn). */
  start: number;
  end: number;
  /** The band's label: "Claim: 2023–2024". */
  label: string;
  /** The partner the claim is about (selected, so the chart emphasises it); null when it is about
   *  Azerbaijan itself, which the views always show. */
  partner: string | null;
  /** "Marked: the claim “…” — Not supported: no collected source gives it". */
  note: string;
}

/** The mark of the state's claim in the view that draws `dataset`; null when no claim is marked, or
 *  when the marked claim is about another dataset (another chart marks it). */
export function claimMark(state: Pick<ViewState, 'claim'>, domain: StateDomain, dataset: string): ClaimMark | null {
  const id = state.claim;
  const claim = id === null ? undefined : domain.claims.get(id);
  if (id === null || !claim || claim.dataset !== dataset) return null;
  const verdict = claim.verdict !== null && Object.hasOwn(verdictStrings, claim.verdict) ? verdictStrings[claim.verdict as keyof typeof verdictStrings] : null;
  return {
    id,
    start: claim.start,
    end: claim.end,
    label: s.markBand(formatYears([claim.start, claim.end])),
    partner: domain.partners.has(claim.subject) ? claim.subject : null,
    note: s.markNote(claim.text, verdict),
  };
}
