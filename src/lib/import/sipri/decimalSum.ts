// Exact sums of decimal figures: SIPRI's TIV values carry two decimals, and binary floating point
// would turn 150.85 into 150.85000000000002. Adding them as scaled integers keeps every digit.

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Whether the text is a plain decimal number as SIPRI writes them ("12", "0.25"). */
export function isDecimal(text: string): boolean {
  return DECIMAL.test(text);
}

/** Sums decimal texts exactly and writes the result with no trailing zeros ("33.00" → "33"). */
export function sumDecimals(texts: readonly string[]): string {
  const places = Math.max(0, ...texts.map((t) => t.split('.')[1]?.length ?? 0));
  let total = 0n;
  for (const text of texts) {
    if (!isDecimal(text)) throw new Error(`not a decimal number: "${text}"`);
    const negative = text.startsWith('-');
    const [whole, fraction = ''] = text.replace('-', '').split('.');
    const scaled = BigInt(whole! + fraction.padEnd(places, '0'));
    total += negative ? -scaled : scaled;
  }
  return formatScaled(total, places);
}

function formatScaled(total: bigint, places: number): string {
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
