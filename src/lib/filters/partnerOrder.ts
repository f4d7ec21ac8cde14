// The order partners are offered in: Israel, the USA, the UAE and Türkiye first, then by name.
import { compareText } from '../text/compareText.ts';

export const LEAD_PARTNERS = ['ISR', 'USA', 'ARE', 'TUR'];

/** Sorts partner codes: the lead partners in their order, the rest alphabetically by display name. */
export function partnerOrder(codes: Iterable<string>, name: (code: string) => string): string[] {
  const all = [...codes];
  const lead = LEAD_PARTNERS.filter((c) => all.includes(c));
  const rest = all.filter((c) => !LEAD_PARTNERS.includes(c)).sort((a, b) => compareText(name(a), name(b)));
  return [...lead, ...rest];
}
