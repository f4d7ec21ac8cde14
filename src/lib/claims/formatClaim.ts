// Number and date formats only the claims panel needs: signed changes, ordinals, date spans.
import { format } from 'd3-format';
import { formatValue } from '../format.ts';

// d3-format writes a true minus sign (U+2212), as typeset figures do.
const signedPercent = format('+.1f');

/** A percentage change with its sign: "−46.7%", "+55.0%". */
export function formatPercentChange(percent: number): string {
  return `${signedPercent(percent)}%`;
}

/** A difference in its unit with its sign: "−1.027M t", "+$171.2M". */
export function formatSignedValue(value: number, unit: string): string {
  const sign = value < 0 ? '−' : value > 0 ? '+' : '';
  return `${sign}${formatValue(Math.abs(value), unit)}`;
}

const ordinalRules = new Intl.PluralRules('en', { type: 'ordinal' });
const SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** 1 → "1st", 2 → "2nd", 13 → "13th". */
export function formatOrdinal(n: number): string {
  return `${n}${SUFFIX[ordinalRules.select(n)] ?? 'th'}`;
}

const dayFormat = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Inclusive YYYY-MM-DD dates as a reader says them: "Jan 1, 2023 – Dec 31, 2024". */
export function formatDateSpan(start: string, end: string): string {
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  return dayFormat.formatRange(d(start), d(end));
}
