// What the frame shows around each arms view: subtitle (unit, years, edition), source line, empty state, table, download.
import type { DashboardData } from '../../data/dashboardData.ts';
import type { Observation } from '../../data/types.ts';
import type { ViewState } from '../../state/viewState.ts';
import type { ChartDownload, ChartTable } from '../../frame/tableTypes.ts';
import { formatQualified, formatYears } from '../../format.ts';
import { countryName } from '../../geo/countryNames.ts';
import { strings } from '../../strings.ts';
import { observationDownload } from '../observationTable.ts';
import { sourceLine } from '../../frame/sourceLine.ts';
import { yearsWithFigures } from '../../series/yearsWithFigures.ts';
import { armsStrings as s } from '../../strings.ts';
import { armsObservationTable } from './armsTable.ts';
import { limitToSelection } from '../../data/partner.ts';
import { inEdition, missingYears, rowYear } from '../../series/editions.ts';
import type { SupplierStack } from './selectSuppliers.ts';
import type { CustomerRanking } from './selectCustomers.ts';
import { IMPORT_SHARE, type ShareSelection } from './selectShares.ts';
import { DEAL_VALUE, type DealSelection } from './selectDeals.ts';

export interface ArmsFrame {
  subtitle: string;
  sourceLine: string;
  empty: string | null;
  table: () => ChartTable;
  download: () => ChartDownload;
}

type Data = Pick<DashboardData, 'sources' | 'aggregates'>;

const runs = (years: number[]) => yearsWithFigures(years.map(String));
const byYearThenValue = (a: Observation, b: Observation) => (rowYear(a) ?? 0) - (rowYear(b) ?? 0) || b.value - a.value || a.from.localeCompare(b.from);
const filename = (view: string, state: ViewState, extra = '') => `arms-${view}${extra}-${state.start}-${state.end}.csv`;

/** Suppliers: one edition's TIV; years it does not cover are named as a gap. */
export function suppliersFrame(stack: SupplierStack, data: Data, state: ViewState): ArmsFrame {
  const years = formatYears([state.start, state.end]);
  const gap = stack.covered.length && stack.gaps.length ? ` (${s.notCovered(runs(stack.gaps))})` : '';
  const listed = limitToSelection([...stack.rows, ...stack.otherVintage], state.countries).sort(byYearThenValue);
  const edition = { key: 'edition', label: s.editionColumn };
  return {
    subtitle: `${s.tivUnit}, ${years} · ${s.editions[state.edition]}${gap}`,
    sourceLine: state.edition === 'tables2022' ? s.sipriTables : s.sipriRegister,
    empty: stack.covered.length ? null : strings.noFiguresIn(years, runs(stack.coverage)),
    table: () => armsObservationTable(listed, data.aggregates, ['period', 'from', 'value', 'unit', 'qualifier', 'source', 'note'], [
      { column: edition, cell: (r) => (inEdition(r, state.edition) ? s.editions[state.edition] : s.otherVintage) },
    ]),
    download: () => observationDownload(listed, filename('suppliers', state, `-${state.edition}`)),
  };
}

/** Customers: always the 2022 tables (the only edition with recipients), over the years they cover. */
export function customersFrame(ranking: CustomerRanking, data: Data, state: ViewState): ArmsFrame {
  const asked = formatYears([state.start, state.end]);
  const years = ranking.years ? formatYears([ranking.years.start, ranking.years.end]) : asked;
  const gaps = ranking.years ? missingYears(state.start, state.end, ranking.coverage) : [];
  const gap = gaps.length ? ` · ${s.noRecipientFigures(runs(gaps))}` : '';
  const edition = state.edition === 'tables2022' ? s.customersEdition : s.customersFromTables;
  return {
    subtitle: `${s.customersUnit}, ${years} · ${edition}${gap}`,
    sourceLine: s.sipriTables,
    empty: ranking.years ? null : strings.noFiguresIn(asked, runs(ranking.coverage)),
    table: () => ({
      columns: [
        { key: 'rank', label: s.rankColumn, numeric: true },
        { key: 'recipient', label: s.recipientColumn },
        { key: 'total', label: `${s.totalColumn}, ${years}`, numeric: true },
        { key: 'years', label: s.yearsColumn, numeric: true },
        { key: 'source', label: s.sourceColumn, source: true },
      ],
      rows: ranking.recipients.map((t, i, all) => ({
        key: t.code,
        rank: all.filter((o) => o.total > t.total).length + 1,
        recipient: countryName(t.code, data.aggregates),
        total: formatQualified(t.total, 'tiv_millions', t.qualifier),
        years: `${t.coverage.n} / ${t.coverage.m}`,
        source: t.rows[0]?.source_id ?? '',
      })),
    }),
    download: () => observationDownload([...ranking.rows].sort((a, b) => a.to.localeCompare(b.to) || a.period.localeCompare(b.period)), filename('customers', state)),
  };
}

/** Shares: import and export shares are different measures, named apart in the subtitle and table. */
export function sharesFrame(sel: ShareSelection, data: Data, state: ViewState): ArmsFrame {
  const years = formatYears([state.start, state.end]);
  const listed = limitToSelection(sel.rows, state.countries);
  const measure = { key: 'measure', label: s.measureColumn };
  return {
    subtitle: `${s.sharesUnit}, ${years}${sel.exports.length ? ` · ${s.sharesExportsNote}` : ''}`,
    sourceLine: `${s.sipriFactSheets} ${sourceLine(listed.map((r) => r.source_id), data.sources)}`,
    empty: sel.imports.length || sel.exports.length ? null : strings.noFiguresIn(years, yearsWithFigures(sel.periods)),
    table: () => armsObservationTable(listed, data.aggregates, ['period', 'from', 'to', 'value', 'unit', 'qualifier', 'source', 'note'], [
      { column: measure, cell: (r) => (r.indicator === IMPORT_SHARE ? s.importMeasure : s.exportMeasure) },
    ]),
    download: () => observationDownload(listed, filename('shares', state)),
  };
}

/** Deals: named deals and cumulative totals, listed with their kind so they are never read as one sum. */
export function dealsFrame(sel: DealSelection, data: Data, state: ViewState): ArmsFrame {
  const years = formatYears([state.start, state.end]);
  const listed = limitToSelection(sel.rows, state.countries).sort((a, b) => a.indicator.localeCompare(b.indicator) || a.period.localeCompare(b.period));
  const sipri = listed.some((r) => r.source_id.startsWith('sipri'));
  const kind = { key: 'kind', label: s.kindColumn };
  const press = listed.filter((r) => !r.source_id.startsWith('sipri')).map((r) => r.source_id);
  const named = [sipri ? s.sipriComments : '', press.length ? sourceLine(press, data.sources) : ''].filter(Boolean);
  return {
    subtitle: `${s.dealsUnit}, ${years} · ${s.dealsApart}`,
    sourceLine: named.length ? named.join('; ') : s.sipri,
    empty: sel.rows.length ? null : strings.noFiguresIn(years, yearsWithFigures(sel.periods)),
    table: () => armsObservationTable(listed, data.aggregates, ['from', 'item', 'period', 'value', 'unit', 'qualifier', 'source', 'note'], [
      { column: kind, cell: (r) => (r.indicator === DEAL_VALUE ? s.dealKind : s.cumulativeKind) },
    ]),
    download: () => observationDownload(listed, filename('deals', state)),
  };
}
