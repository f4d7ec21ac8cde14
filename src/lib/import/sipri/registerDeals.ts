// Converts the trade register's older form (one row per deal) into one row per deal over its
// delivery span: "2004; 2005" becomes the period 2004/2005, never split across years.
import { isDecimal } from './decimalSum.ts';
import { partyCell } from './partyCell.ts';
import type { Converted, ObservationRow, SipriTable } from './types.ts';

/** Declared in the descriptor with no shipped rows (scripts/data/indicators.ts, importedOnly): only imports write it. */
export const DEAL_INDICATOR = 'arms_deal_tiv_delivered';

/** SIPRI's "?" sits in the blank-headed column right after the figure it qualifies. */
function uncertaintyColumn(header: readonly string[], column: string): number {
  const at = header.indexOf(column);
  return at >= 0 && header[at + 1] === '' ? at + 1 : -1;
}

/**
 * The value is "SIPRI TIV of delivered weapons". Its qualifier: `approx` for SIPRI's 0 (between
 * 0 and 0.5, its notes say); `estimate` when SIPRI puts "?" beside "Number delivered", the figure
 * the delivered TIV is computed from; `exact` otherwise. The "?" beside the order year or the
 * number ordered does not touch the delivered TIV: it stays in the note only. A deal with no
 * delivery year yet has no delivered TIV and gives no row.
 */
export function registerDeals(table: SipriTable, sourceId: string): Converted {
  const h = table.header;
  const col = (name: string) => h.indexOf(name);
  const at = {
    supplier: col('Supplier'), recipient: col('Recipient'), designation: col('Weapon designation'), description: col('Weapon description'),
    ordered: col('Number ordered'), orderYear: col('Year of order'), delivered: col('Number delivered'), years: col('Year(s) of delivery'),
    status: col('status'), comments: col('Comments'), value: col('SIPRI TIV of delivered weapons'),
    orderYearMark: uncertaintyColumn(h, 'Year of order'), orderedMark: uncertaintyColumn(h, 'Number ordered'), deliveredMark: uncertaintyColumn(h, 'Number delivered'),
  };
  const result: Converted = { rows: [], problems: [], remarks: [] };
  const seen = new Map<string, number>();
  let undelivered = 0;

  for (const record of table.records) {
    const cell = (i: number) => (i >= 0 ? record.cells[i]?.trim() ?? '' : '');
    const marked = (figure: number, mark: number) => (cell(figure) === '' ? '' : `${cell(figure)}${cell(mark) === '?' ? '?' : ''}`);
    const yearsText = cell(at.years);
    const years = yearsText.split(';').map((y) => y.trim()).filter(Boolean);
    if (years.length === 0) {
      undelivered++;
      continue;
    }
    const from = partyCell(record, 'Supplier', at.supplier, result.problems);
    const to = partyCell(record, 'Recipient', at.recipient, result.problems);
    const badYear = years.find((y) => !/^\d{4}$/.test(y));
    if (badYear !== undefined) result.problems.push({ row: record.row, column: 'Year(s) of delivery', value: yearsText, reason: `"${badYear}" is not a year; the row is left out`, lost: true });
    const value = cell(at.value);
    if (!isDecimal(value)) result.problems.push({ row: record.row, column: 'SIPRI TIV of delivered weapons', value, reason: 'not a number; the row is left out', lost: true });
    if (from === null || to === null || badYear !== undefined || !isDecimal(value)) continue;

    const sorted = years.map(Number).sort((a, b) => a - b);
    const period = sorted.length === 1 ? String(sorted[0]) : `${sorted[0]}/${sorted[sorted.length - 1]}`;
    const designation = cell(at.designation);
    const qualifier = Number(value) === 0 ? 'approx' : cell(at.deliveredMark) === '?' ? 'estimate' : 'exact';
    // Deals alike in every key column (SIPRI lists some twice, e.g. two orders of 2 Aerostar in 2003) stay apart by a number.
    const key = [period, from, to, value, qualifier, designation].join('|');
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    const note = [
      cell(at.description),
      `ordered ${marked(at.orderYear, at.orderYearMark) || 'year unknown'}`,
      `${marked(at.ordered, at.orderedMark) || 'number unknown'} ordered, ${marked(at.delivered, at.deliveredMark) || 'number unknown'} delivered in ${sorted.join(', ')}`,
      cell(at.status),
      Number(value) === 0 ? 'TIV 0 means between 0 and 0.5' : '',
      cell(at.comments) && `SIPRI comments: ${cell(at.comments)}`,
      count > 1 ? `SIPRI lists ${count} deals alike in supplier, recipient, designation, delivery years and TIV` : '',
    ].filter(Boolean).join('; ');
    const row: ObservationRow = {
      indicator: DEAL_INDICATOR, period, from, to, value, unit: 'tiv_millions', qualifier,
      item: count > 1 ? `${designation} (deal ${count})` : designation, source_id: sourceId, note,
    };
    result.rows.push(row);
  }
  if (undelivered > 0) result.remarks.push(`${undelivered} deal(s) with no delivery year yet (orders not delivered): no row`);
  return result;
}
