// SIPRI five-year shares as spans: Azerbaijan's imports by supplier, and suppliers' exports to Azerbaijan.
import { israelFirst } from '../../series/seriesOrder.ts';
import type { DashboardData } from '../../data/dashboardData.ts';
import type { Observation, Qualifier } from '../../data/types.ts';
import type { ViewState } from '../../state/viewState.ts';
import { HUB, partner } from '../../data/partner.ts';
import { overlapsYears, parsePeriod, type Period } from '../../data/parsePeriod.ts';
import { periodYears } from '../../series/yearsWithFigures.ts';
import type { Figures } from '../../series/selectionNotice.ts';
import { compareText } from '../../text/compareText.ts';

export const IMPORT_SHARE = 'arms_import_share';
export const EXPORT_SHARE = 'arms_export_share';

export interface ShareSpan {
  /** The supplier. */
  code: string;
  period: Period;
  periodText: string;
  value: number;
  qualifier: Qualifier;
  /** The rows that give this same figure (corroboration: one per source). */
  rows: Observation[];
  /** Another figure exists for the same supplier and period. */
  conflict: boolean;
  /** How many earlier spans of the same supplier and value overlap this one: drawn offset so both show. */
  dodge: number;
}

export interface ShareSelection {
  imports: ShareSpan[];
  /** Shares of a supplier's exports that went to Azerbaijan. */
  exports: ShareSpan[];
  /** Every share row in the range, Israel's other clients (context) included: for the table. */
  rows: Observation[];
  /** Suppliers with a span, Israel first, then by their largest share. */
  partners: string[];
  /** Periods of every import-share row, whatever the range (for the empty state). */
  periods: string[];
  /** Every supplier's share figure to Azerbaijan, whatever the range (for the selection notice). */
  figures: Figures[];
  /** Years the spans drawn touch, inside the range or not: the others are not collected. */
  years: number[];
}

function spans(rows: Observation[]): ShareSpan[] {
  const groups = new Map<string, ShareSpan>();
  for (const row of rows) {
    const p = parsePeriod(row.period);
    if (!p.ok) continue;
    const key = `${row.from}|${row.period}|${row.value}|${row.qualifier}`;
    const g = groups.get(key);
    if (g) g.rows.push(row);
    else groups.set(key, { code: row.from, period: p.period, periodText: row.period, value: row.value, qualifier: row.qualifier, rows: [row], conflict: false, dodge: 0 });
  }
  const out = [...groups.values()].sort((a, b) => compareText(a.periodText, b.periodText) || b.value - a.value);
  out.forEach((s, i) => {
    s.conflict = out.some((o) => o !== s && o.code === s.code && o.periodText === s.periodText);
    s.dodge = out.slice(0, i).filter((o) => o.code === s.code && o.value === s.value && overlapsYears(o.period, s.period.start.year, s.period.end.year)).length;
  });
  return out;
}

/**
 * Share rows whose period overlaps the state's years. Import shares (supplier → Azerbaijan) and
 * export shares to Azerbaijan become spans, one per distinct figure: several sources giving the
 * same figure are one span, different figures for the same period are separate spans marked as
 * conflicting. The two measures are returned apart, never to be drawn on one axis.
 */
export function selectShares(data: Pick<DashboardData, 'arms'>, state: Pick<ViewState, 'start' | 'end'>): ShareSelection {
  const overlaps = (r: Observation) => {
    const p = parsePeriod(r.period);
    return p.ok && overlapsYears(p.period, state.start, state.end);
  };
  const all = data.arms.filter((r) => (r.indicator === IMPORT_SHARE || r.indicator === EXPORT_SHARE) && r.unit === 'percent');
  const rows = all.filter(overlaps);
  const imports = spans(rows.filter((r) => r.indicator === IMPORT_SHARE && r.to === HUB));
  const exports = spans(rows.filter((r) => r.indicator === EXPORT_SHARE && r.to === HUB));
  const peak = new Map<string, number>();
  for (const s of [...imports, ...exports]) peak.set(s.code, Math.max(peak.get(s.code) ?? 0, s.value));
  return {
    imports,
    exports,
    rows,
    partners: israelFirst(peak),
    periods: all.filter((r) => r.indicator === IMPORT_SHARE && partner(r) !== null).map((r) => r.period),
    figures: all.filter((r) => r.to === HUB).map((r) => ({ partner: r.from, period: r.period })),
    years: periodYears([...imports, ...exports].map((sp) => sp.periodText)),
  };
}
