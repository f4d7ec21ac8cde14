// Converts the trade register's newer form (one row per deal and delivery year) into yearly sums
// of "TIV delivery values" per supplier, recipient and delivery year, as the shipped regsum rows.
import { isDecimal, sumDecimals } from './decimalSum.ts';
import { partyCell } from './partyCell.ts';
import type { Converted, ObservationRow, SipriTable } from './types.ts';

export const REGSUM_INDICATOR = 'arms_transfers_tiv_regsum';

/** Which totals the file holds in full, and the delivery years it covers. */
export interface RegisterCoverage {
  /** Recipients whose every supplier is in the file ("all" = every recipient): a WLD→recipient total is written for each. */
  totalsTo: 'all' | ReadonlySet<string>;
  /** Suppliers whose every recipient is in the file: a supplier→WLD total is written for each. */
  totalsFrom: 'all' | ReadonlySet<string>;
  /** The delivery years asked for; null = the years the rows span. */
  firstYear: number | null;
  lastYear: number | null;
}

interface Sum {
  values: string[];
  /** Rows whose number delivered or delivery year SIPRI marks as its estimate. */
  estimated: number;
}

const BASE_NOTE = 'computed: sum of TIV delivery values of SIPRI trade-register rows for this delivery year';
const ZERO_NOTE = 'no delivery rows for this year in the register';

function isYes(text: string | undefined): boolean {
  return text?.trim().toLowerCase() === 'yes';
}

function add(sums: Map<string, Sum>, key: string, value: string, estimated: boolean): void {
  const sum = sums.get(key) ?? { values: [], estimated: 0 };
  sum.values.push(value);
  if (estimated) sum.estimated++;
  sums.set(key, sum);
}

interface Series {
  from: string;
  to: string;
  /** Said in the note of a WLD total. */
  scope: string;
}

/** The parties a total is declared for, sorted; a declared party absent from the file is remarked on. */
function declared(set: 'all' | ReadonlySet<string>, present: ReadonlySet<string>, role: string, remarks: string[]): string[] {
  if (set === 'all') return [...present].sort();
  for (const code of set) if (!present.has(code)) remarks.push(`${code} is not a ${role} in the file: no total written for it`);
  return [...set].filter((code) => present.has(code)).sort();
}

/** The year's sum, or 0 where the register lists no delivery. */
function yearRow(sum: Sum | undefined, { from, to, scope }: Series, year: number, sourceId: string): ObservationRow {
  const row: ObservationRow = {
    indicator: REGSUM_INDICATOR, period: String(year), from, to, value: '0', unit: 'tiv_millions',
    qualifier: 'exact', item: '', source_id: sourceId, note: `${ZERO_NOTE}${scope} (none identified by SIPRI)`,
  };
  if (!sum) return row;
  const flagged = sum.estimated > 0 ? `; SIPRI marks the number delivered or the delivery year as its estimate in ${sum.estimated} of the ${sum.values.length} summed rows` : '';
  return { ...row, value: sumDecimals(sum.values), qualifier: sum.estimated > 0 ? 'estimate' : 'exact', note: `${BASE_NOTE}${scope}${flagged}` };
}

/**
 * One row per pair (and per declared total) and year of the covered span: the exact sum of the
 * year's delivery values, or 0 where the register lists no delivery. A sum is an `estimate` when
 * any of its rows has "Numbers delivered is estimate" or "Delivery year is estimate" = Yes: those
 * are the two flags that make the value or its year uncertain (the order date's does not).
 */
export function registerDeliveries(table: SipriTable, sourceId: string, coverage: RegisterCoverage): Converted {
  const col = (name: string) => table.header.indexOf(name);
  const [supplierAt, recipientAt, yearAt, valueAt] = ['Supplier', 'Recipient', 'Delivery year', 'TIV delivery values'].map(col) as [number, number, number, number];
  const flagsAt = ['Numbers delivered is estimate', 'Delivery year is estimate'].map(col).filter((i) => i >= 0);
  const result: Converted = { rows: [], problems: [], remarks: [] };
  const sums = new Map<string, Sum>();
  const pairs = new Set<string>();
  const suppliers = new Set<string>();
  const recipients = new Set<string>();
  // A loop, not Math.min(...years): a whole register has tens of thousands of rows.
  let first = coverage.firstYear ?? Infinity;
  let last = coverage.lastYear ?? -Infinity;

  for (const record of table.records) {
    const from = partyCell(record, 'Supplier', supplierAt, result.problems);
    const to = partyCell(record, 'Recipient', recipientAt, result.problems);
    const year = record.cells[yearAt]?.trim() ?? '';
    const value = record.cells[valueAt]?.trim() ?? '';
    if (!/^\d{4}$/.test(year)) result.problems.push({ row: record.row, column: 'Delivery year', value: year, reason: 'not a year; the row is left out', lost: true });
    if (!isDecimal(value)) result.problems.push({ row: record.row, column: 'TIV delivery values', value, reason: 'not a number; the row is left out', lost: true });
    if (from === null || to === null || !/^\d{4}$/.test(year) || !isDecimal(value)) continue;
    const estimated = flagsAt.some((i) => isYes(record.cells[i]));
    pairs.add(`${from}|${to}`);
    suppliers.add(from);
    recipients.add(to);
    first = Math.min(first, Number(year));
    last = Math.max(last, Number(year));
    add(sums, `${from}|${to}|${year}`, value, estimated);
    add(sums, `WLD|${to}|${year}`, value, estimated);
    add(sums, `${from}|WLD|${year}`, value, estimated);
  }
  if (pairs.size === 0) return result;

  const series: Series[] = [
    ...[...pairs].sort().map((p) => {
      const [from, to] = p.split('|') as [string, string];
      return { from, to, scope: '' };
    }),
    ...declared(coverage.totalsTo, recipients, 'recipient', result.remarks).map((to) => ({ from: 'WLD', to, scope: ' (all suppliers)' })),
    ...declared(coverage.totalsFrom, suppliers, 'supplier', result.remarks).map((from) => ({ from, to: 'WLD', scope: ' (all recipients)' })),
  ];
  for (const { from, to, scope } of series) {
    for (let year = first; year <= last; year++) result.rows.push(yearRow(sums.get(`${from}|${to}|${year}`), { from, to, scope }, year, sourceId));
  }
  return result;
}
