// English number text without Intl. The first Intl object a page makes loads the browser's locale
// data: 15–30 ms of every first load at full CPU speed (measured in Chromium), for the few English
// patterns below. Rounding works on the number's shortest decimal form, half away from zero, as
// Intl.NumberFormat does (tested against it), so 1.005 reads "1.01", not toFixed's "1.00".

/** A number's decimal digits without leading or trailing zeros, and where the point goes:
 *  1234.5 → digits "12345", point 4; 0.012 → digits "12", point -1; zero → digits "". */
interface Decimal {
  negative: boolean;
  digits: string;
  point: number;
}

/** Whether a number is written with a minus: negative zero is too. */
export const isNegative = (x: number) => x < 0 || Object.is(x, -0);

function toDecimal(x: number): Decimal {
  // JS prints the shortest form that reads back as the same number, in exponent form beyond
  // 1e21 and below 1e-6 ("1.5e+21", "1e-7").
  const [mantissa, exponent = '0'] = Math.abs(x).toString().split('e');
  const [whole, fraction = ''] = mantissa!.split('.');
  const all = whole! + fraction;
  const lead = all.length - all.replace(/^0+/, '').length;
  return {
    negative: isNegative(x),
    digits: all.slice(lead).replace(/0+$/, ''),
    point: whole!.length + Number(exponent) - lead,
  };
}

/** Keeps the first `keep` digits, rounding half away from zero; a carry may add a digit in front. */
function keepDigits(d: Decimal, keep: number): Decimal {
  if (d.digits.length <= keep) return d;
  if (keep < 0) return { ...d, digits: '', point: 0 };
  const kept = d.digits.slice(0, keep).split('').map(Number);
  let point = d.point;
  if (d.digits[keep]! >= '5') {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === 9) kept[i--] = 0;
    if (i < 0) {
      kept.unshift(1);
      point++;
    } else kept[i]!++;
  }
  return { ...d, digits: kept.join('').replace(/0+$/, ''), point };
}

/** Digits with the point placed and thousands grouped once the whole part has `groupFrom` digits:
 *  "1,234.5", "0.0012", "0". */
function written(d: Decimal, point = d.point, groupFrom = 4): string {
  if (!d.digits) return '0';
  const whole = point <= 0 ? '0' : d.digits.slice(0, point).padEnd(point, '0');
  const fraction = point >= d.digits.length ? '' : point < 0 ? '0'.repeat(-point) + d.digits : d.digits.slice(point);
  return (whole.length >= groupFrom ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole) + (fraction ? `.${fraction}` : '');
}

// Intl writes a minus for negative zero and for a negative figure that rounds to zero ("-0").
const signed = (d: Decimal, text: string) => (d.negative ? `-${text}` : text);

/** At most `maxFraction` decimals, thousands grouped: (1234.567, 2) → "1,234.57". */
export function fixedText(x: number, maxFraction: number): string {
  const d = toDecimal(x);
  return signed(d, written(keepDigits(d, d.point + maxFraction)));
}

const COMPACT_SUFFIXES = ['', 'K', 'M', 'B', 'T'];

/** Short scale with four significant digits, as Intl's English compact notation:
 *  1234567 → "1.235M", 999.95 → "1K", 1e15 → "1000T". */
export function compactText(x: number): string {
  const d = keepDigits(toDecimal(x), 4);
  // The suffix follows the rounded figure: 999,950 is "1M", not "1000K".
  const step = d.digits ? Math.min(COMPACT_SUFFIXES.length - 1, Math.max(0, Math.floor((d.point - 1) / 3))) : 0;
  // Compact English groups only five digits or more: "1000T", "12,340T".
  return signed(d, written(d, d.point - 3 * step, 5) + COMPACT_SUFFIXES[step]);
}

/** An English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 112th. */
export function ordinalText(n: number): string {
  const tens = Math.abs(n) % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][Math.abs(n) % 10] ?? 'th');
  return `${n}${suffix}`;
}
