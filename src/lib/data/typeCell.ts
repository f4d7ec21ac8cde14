// Types one CSV cell from its Table Schema field; never guesses from the text.
import type { Cell, Field } from './types.ts';
import { parsePeriod } from './parsePeriod.ts';

export type CellResult = { ok: true; value: Cell } | { ok: false; reason: string };

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER = /^-?\d+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Checks and types one cell. `isCode` answers whether a country or aggregate code is known.
 * Missing cells (the schema's missingValues) become null, or an error when required.
 */
export function typeCell(text: string, field: Field, missingValues: string[], isCode: (code: string) => boolean): CellResult {
  const c = field.constraints ?? {};
  if (missingValues.includes(text)) {
    return c.required ? { ok: false, reason: 'required value is missing' } : { ok: true, value: null };
  }
  let value: Cell = text;
  if (field.type === 'number' || field.type === 'integer') {
    const pattern = field.type === 'integer' ? INTEGER : NUMBER;
    if (!pattern.test(text)) return { ok: false, reason: `not ${field.type === 'integer' ? 'an integer' : 'a number'}` };
    value = Number(text);
  } else if (field.type === 'date' && !isCalendarDate(text)) {
    return { ok: false, reason: 'not a date (YYYY-MM-DD)' };
  }
  if (c.enum && !c.enum.includes(text)) {
    return { ok: false, reason: `not one of the declared values (${c.enum.join(', ')})` };
  }
  if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(text)) {
    return { ok: false, reason: `does not match the pattern ${c.pattern}` };
  }
  if (field['x-codes'] === 'country' && !isCode(text)) {
    return { ok: false, reason: 'unknown country code (not ISO 3166-1 alpha-3 nor a declared aggregate)' };
  }
  if (field['x-period']) {
    const p = parsePeriod(text);
    if (!p.ok) return { ok: false, reason: `bad period: ${p.reason}` };
  }
  return { ok: true, value };
}
