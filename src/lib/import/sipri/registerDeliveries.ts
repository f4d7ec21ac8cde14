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
  const years: number[] = [];

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
    years.push(Number(year));
    add(sums, `${from}|${to}|${year}`, value, estimated);
    add(sums, `WLD|${to}|${year}`, value, estimated);
    add(sums, `${from}|WLD|${year}`, value, estimated);
  }
  if (years.length === 0) return result;

  const first = Math.min(coverage.firstYear ?? Infinity, ...years);
  const last = Math.max(coverage.lastYear ?? -Infinity, ...years);
  const covers = (set: 'all' | ReadonlySet<string>, code: string) => set === 'all' || set.has(code);
  const series: [string, string, string][] = [
    ...[...pairs].sort().map((p) => [...(p.split('|') as [string, string]), ''] as [string, string, string]),
    ...[...recipients].sort().filter((to) => covers(coverage.totalsTo, to)).map((to) => ['WLD', to, ' (all suppliers)'] as [string, string, string]),
    ...[...suppliers].sort().filter((from) => covers(coverage.totalsFrom, from)).map((from) => [from, 'WLD', ' (all recipients)'] as [string, string, string]),
  ];
  for (const set of [coverage.totalsTo, coverage.totalsFrom]) {
    if (set === 'all') continue;
    for (const code of set) if (!suppliers.has(code) && !recipients.has(code)) result.remarks.push(`${code} does not occur in the file: no total written for it`);
  }

  for (const [from, to, scope] of series) {
    for (let year = first; year <= last; year++) {
      const sum = sums.get(`${from}|${to}|${year}`);
      const row: ObservationRow = {
        indicator: REGSUM_INDICATOR, period: String(year), from, to, value: '0', unit: 'tiv_millions',
        qualifier: 'exact', item: '', source_id: sourceId, note: `${ZERO_NOTE}${scope} (none identified by SIPRI)`,
      };
      if (sum) {
        row.value = sumDecimals(sum.values);
        row.qualifier = sum.estimated > 0 ? 'estimate' : 'exact';
        const flagged = sum.estimated > 0 ? `; ${sum.estimated} of the ${sum.values.length} rows have the number delivered or the delivery year marked as SIPRI's estimate` : '';
        row.note = `${BASE_NOTE}${scope}${flagged}`;
      }
      result.rows.push(row);
    }
  }
  return result;
}
