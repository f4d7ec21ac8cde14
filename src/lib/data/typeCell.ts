// Types one CSV cell from its Table Schema field; never guesses from the text.
import type { Cell, Field } from './types.ts';
import { parsePeriod } from './parsePeriod.ts';

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

/** Why years fall outside the field's declared span, or null when they do not (or none is declared). */
function outsideSpan(first: number, last: number, field: Field): string | null {
  const span = field['x-year-span'];
  if (!span || (first >= span.min && last <= span.max)) return null;
  return `year outside the plausible span ${span.min}–${span.max} declared in datapackage.json`;
}

/** The text formats a column may declare (`x-format`), each with the reason a bad cell gets. */
const FORMATS = {
  // Only links a browser follows safely: no javascript:, data: or relative addresses.
  'http-url': { test: (t: string) => /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(t), reason: 'not an http(s) URL: a source link must start with http:// or https://' },
  query: {
    test: (t: string) => /^[a-z_]+=[\w,.%-]*(?:&[a-z_]+=[\w,.%-]*)*$/.test(t),
    reason: 'not a dashboard query: key=value pairs joined by &, such as start=2023&end=2024',
  },
} as const;

/** Why a cell was refused. A class, so a typed cell (a string, a number or null) needs no wrapper:
 *  a million-row file types ten million cells, and an object per cell is garbage to collect. */
export class CellProblem {
  constructor(readonly reason: string) {}
}

/**
 * The checker of one column's cells, with its patterns compiled once. `isCode` answers whether a
 * country or aggregate code is known. Missing cells (the schema's missingValues) become null, or a
 * problem when required.
 */
export function cellTyper(field: Field, missingValues: readonly string[], isCode: (code: string) => boolean): (text: string) => Cell | CellProblem {
  const c = field.constraints ?? {};
  const pattern = c.pattern ? new RegExp(`^(?:${c.pattern})$`) : null;
  const numeric = field.type === 'number' || field.type === 'integer' ? (field.type === 'integer' ? INTEGER : NUMBER) : null;
  const format = field['x-format'] && FORMATS[field['x-format']];
  return (text) => {
    if (missingValues.includes(text)) return c.required ? new CellProblem('required value is missing') : null;
    let value: Cell = text;
    if (numeric) {
      if (!numeric.test(text)) return new CellProblem(`not ${field.type === 'integer' ? 'an integer' : 'a number'}`);
      value = Number(text);
      if (!Number.isFinite(value)) return new CellProblem('number too large to be read (not finite)');
    } else if (field.type === 'date' && !isCalendarDate(text)) {
      return new CellProblem('not a date (YYYY-MM-DD)');
    }
    if (c.enum && !c.enum.includes(text)) return new CellProblem(`not one of the declared values (${c.enum.join(', ')})`);
    if (pattern && !pattern.test(text)) return new CellProblem(`does not match the pattern ${c.pattern}`);
    if (field['x-codes'] === 'country' && !isCode(text)) {
      return new CellProblem('unknown country code (not ISO 3166-1 alpha-3 nor a declared aggregate)');
    }
    if (field['x-period']) {
      const p = parsePeriod(text);
      if (!p.ok) return new CellProblem(`bad period: ${p.reason}`);
      const outside = outsideSpan(p.period.start.year, p.period.end.year, field);
      if (outside) return new CellProblem(outside);
    }
    if (field.type === 'date') {
      const year = Number(text.slice(0, 4));
      const outside = outsideSpan(year, year, field);
      if (outside) return new CellProblem(outside);
    }
    if (format && !format.test(text)) return new CellProblem(format.reason);
    return value;
  };
}
