// Number, unit, qualifier and period formatting for readers, in one place (numberText and tickText;
// no Intl, whose locale data would cost every first load 15–30 ms: see numberText.ts).
import type { Qualifier } from './data/types.ts';
import { parsePeriod } from './data/parsePeriod.ts';
import { compactText, fixedText, ordinalText } from './text/numberText.ts';
import { siText, significantText, signedFixedText } from './text/tickText.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A count as a reader reads it: 1,234. */
export function formatCount(n: number): string {
  return fixedText(n, 0);
}

/** A year span: "2006–2024", or one year alone. */
export function formatYears(span: readonly [number, number] | null): string {
  if (!span) return '—';
  return span[0] === span[1] ? String(span[0]) : `${span[0]}–${span[1]}`;
}

/** Readers' names of the units; also the axis titles. */
export const UNIT_LABELS: Record<string, string> = {
  tonnes: 'tonnes',
  usd: 'US dollars',
  tiv_millions: 'SIPRI TIV (millions)',
  percent: 'percent',
  barrels_per_day: 'barrels per day',
  megawatts: 'megawatts',
  teu: 'TEU',
  aed: 'UAE dirhams',
  rank: 'rank',
};

export function unitLabel(unit: string): string {
  return UNIT_LABELS[unit] ?? unit;
}

/** A value in its unit, short enough for a label: "2.2M t", "$1.394B", "872 TIV", "46.4%". */
export function formatValue(value: number, unit: string): string {
  switch (unit) {
    case 'usd':
      return `$${compactText(value)}`;
    case 'aed':
      return `AED ${compactText(value)}`;
    case 'percent':
      return `${fixedText(value, 2)}%`;
    case 'tonnes':
      return `${compactText(value)} t`;
    case 'tiv_millions':
      return `${fixedText(value, 2)} TIV`;
    case 'barrels_per_day':
      return `${compactText(value)} b/d`;
    case 'megawatts':
      return `${fixedText(value, 2)} MW`;
    case 'teu':
      return `${fixedText(value, 2)} TEU`;
    case 'rank':
      return `#${fixedText(value, 2)}`;
    default:
      return `${fixedText(value, 2)} ${unit}`;
  }
}

/** The exact figure with every digit, for tables: "2,245,000". */
export function formatExact(value: number): string {
  return fixedText(value, 6);
}

const QUALIFIER_MARK: Record<Qualifier, string> = { exact: '', approx: '≈', lower_bound: '≥', upper_bound: '≤', estimate: '' };
export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: 'exact',
  approx: 'approximate',
  lower_bound: 'at least',
  upper_bound: 'at most',
  estimate: 'estimate',
};

/** A value with its qualifier as printed: "≈2.2M t", "≥$713M", "94K b/d (est.)". */
export function formatQualified(value: number, unit: string, qualifier: Qualifier | null): string {
  const text = formatValue(value, unit);
  if (!qualifier) return text;
  return qualifier === 'estimate' ? `${text} (est.)` : `${QUALIFIER_MARK[qualifier]}${text}`;
}

/** A period as a reader says it: "2023", "Jan 2024", "Jan–Nov 2023", "Oct 2023–Mar 2024", "2014–2018". */
export function formatPeriod(text: string): string {
  const r = parsePeriod(text);
  if (!r.ok) return text;
  const { start, end, granularity } = r.period;
  const m = (x: { month: number }) => MONTHS[x.month - 1];
  if (granularity === 'year') return String(start.year);
  if (granularity === 'years') return `${start.year}–${end.year}`;
  if (granularity === 'month') return `${m(start)} ${start.year}`;
  return start.year === end.year ? `${m(start)}–${m(end)} ${start.year}` : `${m(start)} ${start.year}–${m(end)} ${end.year}`;
}

/** Axis tick labels: short scale for large numbers ("2M", "$1.5B" — billions as B, not SI's G). */
export function formatTick(unit: string): (n: number) => string {
  if (unit === 'percent') return significantText;
  const short = (n: number) => siText(n).replace('G', 'B');
  return unit === 'usd' ? (n) => (n < 0 ? `−$${short(-n)}` : `$${short(n)}`) : short;
}

/** Days are written in British English, as readers of them have always seen them ("Sept"). */
const DAY_MONTHS = MONTHS.map((m) => (m === 'Sep' ? 'Sept' : m));
const dayParts = (date: string) => {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year!, month: DAY_MONTHS[month! - 1]!, day: day! };
};

/** A day or a span of days (YYYY-MM-DD), as British English writes them: "19 Sept 2023",
 *  "30 – 31 May 2023", "30 May – 2 Jun 2023", "30 Dec 2023 – 2 Jan 2024". */
export function formatDays(start: string, end: string | null = null): string {
  const a = dayParts(start);
  if (!end || end <= start) return `${a.day} ${a.month} ${a.year}`;
  const b = dayParts(end);
  if (a.year !== b.year) return `${a.day} ${a.month} ${a.year} – ${b.day} ${b.month} ${b.year}`;
  return a.month === b.month ? `${a.day} – ${b.day} ${b.month} ${b.year}` : `${a.day} ${a.month} – ${b.day} ${b.month} ${b.year}`;
}

/** A percentage change with its sign: "−46.7%", "+55.0%". */
export function formatPercentChange(percent: number): string {
  return `${signedFixedText(percent, 1)}%`;
}

/** A difference in its unit with its sign: "−1.027M t", "+$171.2M". */
export function formatSignedValue(value: number, unit: string): string {
  const sign = value < 0 ? '−' : value > 0 ? '+' : '';
  return `${sign}${formatValue(Math.abs(value), unit)}`;
}

/** A rank as a reader says it: 1 → "1st", 2 → "2nd", 13 → "13th". */
export const formatOrdinal = ordinalText;
