// TIV to Azerbaijan by supplier and year for one edition: the top suppliers stacked, the rest as "Other".
import { group } from 'd3-array';
import type { DashboardData } from '../../data/dashboardData.ts';
import type { Observation, Qualifier } from '../../data/types.ts';
import type { ViewState } from '../../state/viewState.ts';
import { HUB } from '../../data/partner.ts';
import { combineQualifiers, valuesByPartner, type IndicatorSpec } from '../../data/valueFor.ts';
import type { Figures } from '../../series/selectionNotice.ts';
import { EDITION_SPECS, otherVintage, rowsInEdition, rowYear, yearsOf } from '../../series/editions.ts';
import { perRows } from '../../data/perRows.ts';
import { missingYears } from '../../series/yearsWithFigures.ts';
import { compareText } from '../../text/compareText.ts';
import { lastComputed } from '../../data/lastComputed.ts';

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
  /** The edition's all-supplier figure (WLD) of each year in the range, by valueFor's rules as each
   *  supplier's: one per year, from the preferred source. */
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

const UNIT = 'tiv_millions';

/** An edition's rows to Azerbaijan, by year: they change with the data and the edition only. */
interface EditionRows {
  /** The edition's rows to Azerbaijan: one array per data set and edition, which valueFor ranks once. */
  rows: Observation[];
  byYear: Map<number, Observation[]>;
  coverage: number[];
  figures: Figures[];
  /** The indicator's rows to Azerbaijan from other vintages, by year. */
  otherVintage: Map<number, Observation[]>;
}

const byYear = (rows: Observation[]) => group(rows.filter((r) => rowYear(r) !== null), (r) => rowYear(r)!);

function editionRows(arms: Observation[], edition: ViewState['edition']): EditionRows {
  return perRows(arms, `suppliers ${edition}`, () => {
    const toHub = (r: Observation) => r.to === HUB && r.unit === UNIT;
    const rows = rowsInEdition(arms, edition).filter(toHub);
    return {
      rows,
      byYear: byYear(rows),
      coverage: yearsOf(rows),
      figures: rows.filter((r) => r.from !== WORLD).map((r) => ({ partner: r.from, period: r.period })),
      otherVintage: byYear(arms.filter((r) => toHub(r) && otherVintage(r, edition))),
    };
  });
}

/** The rows of the years in the range, year by year. */
const inRange = (rows: Map<number, Observation[]>, state: State) =>
  [...rows].filter(([y]) => y >= state.start && y <= state.end).sort((a, b) => a[0] - b[0]).flatMap(([, rs]) => rs);

/** What the edition and the years decide (it reads no country): each supplier's figures and total, ranked. */
function ranking(data: Data, state: State) {
  const { indicator } = EDITION_SPECS[state.edition];
  const meta = data.indicators['defense-imports']?.[indicator];
  const spec: IndicatorSpec = { name: indicator, unit: UNIT, aggregate: 'sum', sourcePreference: meta?.sourcePreference ?? [] };
  const edition = editionRows(data.arms, state.edition);
  const rows = inRange(edition.byYear, state);
  const covered = edition.coverage.filter((y) => y >= state.start && y <= state.end);
  // Each supplier's figures by valueFor's rules, from the edition's rows ranked once per data set
  // (valuesByPartner): a new range picks its years from them instead of ranking every row again.
  const values = valuesByPartner(edition.rows, spec, { start: state.start, end: state.end });
  const suppliers = new Set(rows.filter((r) => r.from !== WORLD).map((r) => r.from));
  const used = new Map([...suppliers].map((code) => [code, values.get(code)!]));
  const totals = new Map([...used].map(([code, v]) => [code, v.value ?? 0]));
  const ranked = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || compareText(a, b));
  const world = values.get(WORLD)?.used ?? [];
  return { edition, rows, covered, used, totals, ranked, world };
}

// Kept for the last edition and years per data set: ticking a country re-ranks nothing.
const lastRanking = lastComputed<ReturnType<typeof ranking>>();

/**
 * The supplier stack for the state's edition and years: per supplier the full-year figures
 * (valueFor's rules), the `top` largest suppliers by total in the range — plus Israel and any
 * selected supplier with deliveries — broken out, every other supplier summed into OTHER.
 * A year with no row for a supplier has no segment; years the edition does not cover are gaps.
 */
export function selectSuppliers(data: Data, state: State, top = 5): SupplierStack {
  const { edition, rows, covered, used, totals, ranked, world } = lastRanking(data, JSON.stringify([state.edition, state.start, state.end]), () => ranking(data, state));
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
  return {
    covered,
    gaps: missingYears(state.start, state.end, covered),
    coverage: edition.coverage,
    figures: edition.figures,
    series,
    totals,
    world,
    rows,
    otherVintage: inRange(edition.otherVintage, state),
    max: Math.max(0, ...height.values(), ...world.map((r) => r.value)),
  };
}
