// Named arms deals and cumulative contract totals in the selected years, kept apart and never added.
import { israelFirst } from '../../series/seriesOrder.ts';
import type { DashboardData } from '../../data/dashboardData.ts';
import type { Observation, Qualifier } from '../../data/types.ts';
import type { ViewState } from '../../state/viewState.ts';
import { partner } from '../../data/partner.ts';
import { overlapsYears, parsePeriod } from '../../data/parsePeriod.ts';
import type { Figures } from '../../series/selectionNotice.ts';
import { compareText } from '../../text/compareText.ts';

export const DEAL_VALUE = 'arms_deal_value';
export const CUMULATIVE_VALUE = 'arms_contracts_cumulative_value';
/** The one unit of the deals' dollar scale: rows in any other unit are left out. */
export const DEAL_UNIT = 'usd';

export interface DealMark {
  /** The supplier. */
  code: string;
  item: string;
  value: number;
  unit: string;
  qualifier: Qualifier;
  /** The periods the sources date it to, sorted (the $1.6bn package: 2011 and 2012). */
  periods: string[];
  /** One row per source giving this figure. */
  rows: Observation[];
}

export interface DealSelection {
  deals: DealMark[];
  /** Cumulative totals: drawn apart from the deals and never added to them. */
  cumulative: DealMark[];
  rows: Observation[];
  /** Suppliers in drawing order: Israel first, then by their largest figure. */
  partners: string[];
  /** Periods of every deal or total, whatever the range (for the empty state). */
  periods: string[];
  /** Every deal's or total's supplier and period, whatever the range (for the selection notice). */
  figures: Figures[];
}

function marks(rows: Observation[]): DealMark[] {
  const groups = new Map<string, DealMark>();
  for (const row of rows) {
    const code = partner(row) ?? row.from;
    const key = `${code}|${row.item ?? ''}|${row.value}|${row.unit}|${row.qualifier}`;
    const g = groups.get(key);
    if (g) {
      g.rows.push(row);
      if (!g.periods.includes(row.period)) g.periods = [...g.periods, row.period].sort();
    } else {
      groups.set(key, { code, item: row.item ?? '', value: row.value, unit: row.unit, qualifier: row.qualifier, periods: [row.period], rows: [row] });
    }
  }
  return [...groups.values()];
}

/**
 * Deals and cumulative totals whose period overlaps the state's years. Sources giving the same
 * figure for the same deal are one mark listing each source and date; a different figure is a
 * separate mark. Values are taken as reported: nothing is summed. Only US-dollar rows are kept,
 * as every mark shares one dollar scale.
 */
export function selectDeals(data: Pick<DashboardData, 'arms'>, state: Pick<ViewState, 'start' | 'end'>): DealSelection {
  const all = data.arms.filter((r) => (r.indicator === DEAL_VALUE || r.indicator === CUMULATIVE_VALUE) && r.unit === DEAL_UNIT);
  const rows = all.filter((r) => {
    const p = parsePeriod(r.period);
    return p.ok && overlapsYears(p.period, state.start, state.end);
  });
  const deals = marks(rows.filter((r) => r.indicator === DEAL_VALUE));
  const cumulative = marks(rows.filter((r) => r.indicator === CUMULATIVE_VALUE));
  const peak = new Map<string, number>();
  for (const m of [...deals, ...cumulative]) peak.set(m.code, Math.max(peak.get(m.code) ?? 0, m.value));
  const partners = israelFirst(peak);
  const order = (a: DealMark, b: DealMark) => partners.indexOf(a.code) - partners.indexOf(b.code) || b.value - a.value || compareText(a.item, b.item);
  return { deals: deals.sort(order), cumulative: cumulative.sort(order), rows, partners, periods: all.map((r) => r.period),
    figures: all.map((r) => ({ partner: partner(r) ?? r.from, period: r.period })) };
}
