// Israel's deliveries by recipient over the selected years (SIPRI 2022 tables), and Azerbaijan's rank.
import { group } from 'd3-array';
import type { DashboardData } from '../../data/dashboardData.ts';
import type { Observation, Qualifier } from '../../data/types.ts';
import type { ViewState } from '../../state/viewState.ts';
import { HUB } from '../../data/partner.ts';
import { summarise, type IndicatorSpec } from '../../data/valueFor.ts';
import { CUSTOMERS_EDITION, EDITION_SPECS, rowsInEdition, yearsOf } from '../../series/editions.ts';
import { compareText } from '../../text/compareText.ts';

export const SUPPLIER = 'ISR';

export interface RecipientTotal {
  code: string;
  total: number;
  qualifier: Qualifier | null;
  /** Years with a figure of the years summed. */
  coverage: { n: number; m: number };
  rows: Observation[];
}

export interface CustomerRanking {
  /** The selected years clamped to the years the tables cover; null when they do not meet. */
  years: { start: number; end: number } | null;
  /** Every year the tables have Israel's deliveries for. */
  coverage: number[];
  /** Recipients that received anything (a total above 0, or SIPRI's "0" = less than 0.5), largest first. */
  recipients: RecipientTotal[];
  /** Azerbaijan's place among them (1 = largest), null when it received nothing. */
  hubRank: number | null;
  hub: RecipientTotal | null;
  /** The rows summed, every recipient but the all-recipients total (WLD). */
  rows: Observation[];
}

type Data = Pick<DashboardData, 'arms' | 'indicators'>;

/**
 * Sums Israel's deliveries to each recipient over the state's years, clamped to the 2022 tables'
 * coverage. Rows with no Azerbaijan end are context, so the selection does not filter them.
 * Azerbaijan's rank counts the recipients with a strictly larger total, plus one.
 */
export function selectCustomers(data: Data, state: Pick<ViewState, 'start' | 'end'>): CustomerRanking {
  const { indicator } = EDITION_SPECS[CUSTOMERS_EDITION];
  const meta = data.indicators['defense-imports']?.[indicator];
  const spec: IndicatorSpec = { name: indicator, unit: 'tiv_millions', aggregate: 'sum', sourcePreference: meta?.sourcePreference ?? [] };
  // The edition's rows are picked once (rowsInEdition): a change of years filters only those.
  const all = rowsInEdition(data.arms, CUSTOMERS_EDITION).filter((r) => r.from === SUPPLIER && r.to !== 'WLD' && r.unit === spec.unit);
  const coverage = yearsOf(all);
  const first = coverage[0];
  const last = coverage[coverage.length - 1];
  const start = Math.max(state.start, first ?? Infinity);
  const end = Math.min(state.end, last ?? -Infinity);
  if (first === undefined || start > end) return { years: null, coverage, recipients: [], hubRank: null, hub: null, rows: [] };

  const years = { start, end };
  const byRecipient = group(all, (r) => r.to);
  const totals: RecipientTotal[] = [];
  const rows: Observation[] = [];
  for (const [code, rs] of byRecipient) {
    const v = summarise(rs, spec, years);
    rows.push(...v.used);
    totals.push({ code, total: v.value ?? 0, qualifier: v.qualifier, coverage: { n: v.coverage.n, m: v.coverage.m }, rows: v.used });
  }
  const received = (t: RecipientTotal) => t.total > 0 || t.rows.some((r) => r.qualifier === 'approx');
  const recipients = totals.filter(received).sort((a, b) => b.total - a.total || compareText(a.code, b.code));
  const hub = recipients.find((t) => t.code === HUB) ?? null;
  return {
    years,
    coverage,
    recipients,
    hubRank: hub ? recipients.filter((t) => t.total > hub.total).length + 1 : null,
    hub,
    rows,
  };
}
