// Axis tick text as d3-format's "~s" and "~r" write it: six significant digits, trailing zeros
// dropped (tested against d3-format). They were this site's only uses of d3-format, whose locale
// machinery is ~3 KB gzip of every view's first load for these two patterns.
import { isNegative } from './numberText.ts';

const SI_PREFIXES = ['y', 'z', 'a', 'f', 'p', 'n', 'µ', 'm', '', 'k', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y'];
const PRECISION = 6;

/** A positive finite number's significant digits, rounded as toExponential rounds, and its power of
 *  ten: (1234.5, 6) → ["123450", 3]; 0 digits asks for as many as the number needs. */
function exponential(x: number, digits: number): [string, number] {
  const [mantissa, exponent] = (digits ? x.toExponential(digits - 1) : x.toExponential()).split('e');
  return [mantissa!.replace('.', ''), Number(exponent)];
}

/** "1.50000" → "1.5", "2.000" → "2"; whole numbers unchanged. */
const trimZeros = (text: string) => (text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text);

/** A true minus sign (U+2212), as typeset figures have; none on a figure written as zero. */
const withSign = (negative: boolean, text: string) => (negative && Number(text) !== 0 ? `−${text}` : text);

/** An SI-prefixed figure: 1500000 → "1.5M", 2500 → "2.5k", 0.5 → "500m", 0 → "0". */
export function siText(x: number): string {
  const v = Math.abs(x);
  if (v === 0 || !Number.isFinite(v)) return withSign(isNegative(x), trimZeros(v.toPrecision(PRECISION)));
  const [digits, exponent] = exponential(v, PRECISION);
  // The prefix follows the rounded figure's power of ten: 999,999.5 is "1M", not "1000k".
  const step = Math.max(-8, Math.min(8, Math.floor(exponent / 3)));
  const whole = exponent - step * 3 + 1;
  const body =
    whole === digits.length ? digits
    : whole > digits.length ? digits + '0'.repeat(whole - digits.length)
    : whole > 0 ? `${digits.slice(0, whole)}.${digits.slice(whole)}`
    : `0.${'0'.repeat(-whole)}${exponential(v, Math.max(0, PRECISION + whole - 1))[0]}`;
  return withSign(isNegative(x), trimZeros(body)) + SI_PREFIXES[8 + step];
}

/** A figure to six significant digits, never in exponent form: 2.5 → "2.5", 1234567 → "1234570". */
export function significantText(x: number): string {
  const v = Math.abs(x);
  if (v === 0 || !Number.isFinite(v)) return withSign(isNegative(x), String(v));
  const [digits, exponent] = exponential(v, PRECISION);
  const body =
    exponent < 0 ? `0.${'0'.repeat(-exponent - 1)}${digits}`
    : digits.length > exponent + 1 ? `${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`
    : digits + '0'.repeat(exponent - digits.length + 1);
  return withSign(isNegative(x), trimZeros(body));
}

/** A figure with its sign and a fixed number of decimals, rounded as toFixed rounds: "+55.0", "−46.7",
 *  and "−0.0" for a small fall (the sign says which way it went). */
export function signedFixedText(x: number, decimals: number): string {
  return `${isNegative(x) ? '−' : '+'}${Math.abs(x).toFixed(decimals)}`;
}
