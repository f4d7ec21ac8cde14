// The dashboard query a claim's "Show this" opens: its view, with the claim marked in its chart.
import type { Claim } from './types.ts';

/** The claim's `view` query plus `claim=<id>` (any `claim` the view names is replaced). */
export function claimView(claim: Pick<Claim, 'id' | 'view'>): string {
  const params = new URLSearchParams(claim.view);
  params.set('claim', claim.id);
  return params.toString().replace(/%2C/g, ',');
}
