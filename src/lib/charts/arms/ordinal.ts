// English ordinals for ranks stated in text ("2nd of 61"), via Intl plural rules.

const rules = new Intl.PluralRules('en', { type: 'ordinal' });
const SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** "1st", "2nd", "23rd", "11th". */
export function ordinal(n: number): string {
  return `${n}${SUFFIX[rules.select(n)] ?? 'th'}`;
}
