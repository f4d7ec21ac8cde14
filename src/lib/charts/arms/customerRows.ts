// Which of Israel's recipients the customers view draws: the largest ones, Azerbaijan and any selected one.
import { HUB } from '../../data/partner.ts';
import type { RecipientTotal } from './selectCustomers.ts';

/** The `top` largest recipients, then Azerbaijan and selected recipients outside them, in rank order. */
export function customerRows(recipients: RecipientTotal[], countries: readonly string[], top = 12): RecipientTotal[] {
  return recipients.filter((t, i) => i < top || t.code === HUB || countries.includes(t.code));
}
