// TIV to Azerbaijan by supplier and year for one edition: the top suppliers stacked, the rest as "Other".
import { group } from 'd3-array';
import type { DashboardData } from '../../data/dashboardData.ts';
import type { Observation, Qualifier } from '../../data/types.ts';
import type { ViewState } from '../../state/viewState.ts';
import { HUB } from '../../data/partner.ts';
import { combineQualifiers, summarise, type IndicatorSpec } from '../../data/valueFor.ts';
import type { Figures } from '../../series/selectionNotice.ts';
import { EDITION_SPECS, inEdition, otherVintage, rowYear, yearsOf } from '../../series/editions.ts';
import { missingYears } from '../../series/yearsWithFigures.ts';

/** The code of the "Other suppliers" series. */
export const OTHER = 'OTHER';
/** The aggregate row of all suppliers: drawn as a total marker, never stacked. */
export const WORLD = 'WLD';

export interface StackSegment {
  year: number;
  value: number;
  /** Sum of the segments below it in the year's stack. */
  base: number;
  qualifier: Qualifier | null;
  rows: Observation[];
}

export interface SupplierSeries {
  /** Supplier code, or OTHER. */
  code: string;
  total: number;
  segments: StackSegment[];
  /** For OTHER: the suppliers it gathers. */
  members: string[];
}

export interface SupplierStack {
  /** Years of the range with figures in the edition, and the years of the range without (a gap). */
  covered: number[];
  gaps: number[];
  /** Every year the edition has figures for, whatever the range. */
  coverage: number[];
  /** Every supplier's figures in the edition, whatever the range (for the selection notice). */
  figures: Figures[];
  /** Broken-out suppliers, largest first (bottom of the stack), then OTHER if it has figures. */
  series: SupplierSeries[];
  /** Total TIV in the range of every supplier of the edition (aggregates excluded). */
  totals: Map<string, number>;
  /** The edition's all-supplier rows (WLD) in the range. */
  world: Observation[];
  /** The edition's rows to Azerbaijan in the range, WLD included. */
  rows: Observation[];
  /** Rows of the same indicator from other vintages (never drawn). */
  otherVintage: Observation[];
  /** Highest stack or total in a year. */
  max: number;
}

type Data = Pick<DashboardData, 'arms' | 'indicators'>;
type State = Pick<ViewState, 'start' | 'end' | 'edition' | 'countries'>;

function inRange(row: Observation, state: State): boolean {
  const y = rowYear(row);
  return y !== null && y >= state.start && y <= state.end;
}

/**
 * The supplier stack for the state's edition and years: per supplier the full-year figures
 * (valueFor's rules), the `top` largest suppliers by total in the range — plus Israel and any
 * selected supplier with deliveries — broken out, every other supplier summed into OTHER.
 * A year with no row for a supplier has no segment; years the edition does not cover are gaps.
 */
export function selectSuppliers(data: Data, state: State, top = 5): SupplierStack {
  const { indicator } = EDITION_SPECS[state.edition];
  const meta = data.indicators['defense-imports']?.[indicator];
  const spec: IndicatorSpec = { name: indicator, unit: 'tiv_millions', aggregate: 'sum', sourcePreference: meta?.sourcePreference ?? [] };
  const toHub = data.arms.filter((r) => r.to === HUB && r.unit === spec.unit);
  const edition = toHub.filter((r) => inEdition(r, state.edition));
  const rows = edition.filter((r) => inRange(r, state));
  const coverage = yearsOf(edition);
  const covered = coverage.filter((y) => y >= state.start && y <= state.end);

  const bySupplier = group(rows.filter((r) => r.from !== WORLD), (r) => r.from);
  const years = { start: state.start, end: state.end };
  const used = new Map([...bySupplier].map(([code, rs]) => [code, summarise(rs, spec, years)]));
  const totals = new Map([...used].map(([code, v]) => [code, v.value ?? 0]));

  const ranked = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || a.localeCompare(b));
  const forced = new Set(['ISR', ...state.countries]);
  const shown = ranked.filter((c, i) => totals.get(c)! > 0 && (i < top || forced.has(c)));
  const rest = ranked.filter((c) => !shown.includes(c));

  const series: SupplierSeries[] = shown.map((code) => ({
    code,
    total: totals.get(code)!,
    members: [],
    segments: used.get(code)!.used.map((r) => ({ year: rowYear(r)!, value: r.value, base: 0, qualifier: r.qualifier, rows: [r] })),
  }));
  const otherByYear = group(rest.flatMap((code) => used.get(code)!.used), (r) => rowYear(r)!);
  const otherTotal = rest.reduce((s, c) => s + totals.get(c)!, 0);
  if (otherByYear.size && otherTotal > 0) {
    series.push({
      code: OTHER,
      total: otherTotal,
      members: rest,
      segments: [...otherByYear]
        .sort((a, b) => a[0] - b[0])
        .map(([year, rs]) => ({ year, value: rs.reduce((s, r) => s + r.value, 0), base: 0, qualifier: combineQualifiers(rs.map((r) => r.qualifier)), rows: rs })),
    });
  }

  const height = new Map<number, number>();
  for (const s of series) {
    for (const seg of s.segments) {
      seg.base = height.get(seg.year) ?? 0;
      height.set(seg.year, seg.base + seg.value);
    }
  }
  const world = rows.filter((r) => r.from === WORLD);
  return {
    covered,
    gaps: missingYears(state.start, state.end, covered),
    coverage,
    figures: edition.filter((r) => r.from !== WORLD).map((r) => ({ partner: r.from, period: r.period })),
    series,
    totals,
    world,
    rows,
    otherVintage: toHub.filter((r) => otherVintage(r, state.edition) && inRange(r, state)),
    max: Math.max(0, ...height.values(), ...world.map((r) => r.value)),
  };
}
