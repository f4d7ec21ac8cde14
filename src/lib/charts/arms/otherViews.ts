// The arms chart's views other than its default (suppliers): Israel's customers, SIPRI shares and
// named deals. Their selection and frames load when a reader first opens one of them (ArmsChart), so
// the first draw fetches only the suppliers' code; the import worker imports them with the rest.
import type { DashboardData } from '../../data/dashboardData.ts';
import type { ViewState } from '../../state/viewState.ts';
import { formatQualified, formatYears } from '../../format.ts';
import { countryName } from '../../geo/countryNames.ts';
import { strings } from '../../strings.ts';
import { sourceLine } from '../../frame/sourceLine.ts';
import { missingYears, periodYears } from '../../series/yearsWithFigures.ts';
import { coverageNote } from '../../series/selectionNotice.ts';
import { emptyState } from '../../series/emptyState.ts';
import { downloadScope } from '../../frame/downloadScope.ts';
import { armsStrings as s } from '../../viewStrings/arms.ts';
import { limitToSelection } from '../../data/partner.ts';
import { compareText } from '../../text/compareText.ts';
import { armsDownload, missing, runs, type ArmsFrame, type Data } from './armsFrame.ts';
import { selectCustomers, type CustomerRanking } from './selectCustomers.ts';
import { IMPORT_SHARE, selectShares, type ShareSelection } from './selectShares.ts';
import { DEAL_VALUE, selectDeals, type DealSelection } from './selectDeals.ts';
import type { OtherPlot } from './armsView.ts';

/** The selection and frame of the state's view (customers, shares or deals). */
export function selectOtherView(data: DashboardData, state: ViewState): { plot: OtherPlot; frame: ArmsFrame } {
  switch (state.arms) {
    case 'customers': {
      const ranking = selectCustomers(data, state);
      return { plot: { view: 'customers', ranking }, frame: customersFrame(ranking, data, state) };
    }
    case 'shares': {
      const shares = selectShares(data, state);
      return { plot: { view: 'shares', shares }, frame: sharesFrame(shares, data, state) };
    }
    default: {
      const deals = selectDeals(data, state);
      return { plot: { view: 'deals', deals }, frame: dealsFrame(deals, data, state) };
    }
  }
}

/** Customers: always the 2022 tables (the only edition with recipients), over the years they cover. */
export function customersFrame(ranking: CustomerRanking, data: Data, state: ViewState): ArmsFrame {
  const years = formatYears(ranking.years ? [ranking.years.start, ranking.years.end] : [state.start, state.end]);
  const gaps = ranking.years ? missingYears(state.start, state.end, ranking.coverage) : [];
  const edition = state.edition === 'tables2022' ? s.customersEdition : s.customersFromTables;
  return {
    subtitle: strings.subtitle(s.customersUnit, years, edition, gaps.length > 0 && s.noRecipientFigures(runs(gaps))),
    sourceLine: s.sipriTables,
    empty: emptyState(ranking.years !== null, state, () => ranking.coverage.map(String)),
    // Israel's recipients are context: a selection never limits them, so only the years are said.
    notice: s.customersCoverage(coverageNote(ranking.coverage, state.start, state.end)),
    table: async () => ({
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
    download: () => armsDownload(
      [...ranking.rows].sort((a, b) => compareText(a.to, b.to) || compareText(a.period, b.period)),
      data,
      // Israel's recipients are context: the selection does not limit them.
      downloadScope(['arms', 'customers'], state, false),
    ),
  };
}

/** Shares: import and export shares are different measures, named apart in the subtitle and table. */
export function sharesFrame(sel: ShareSelection, data: Data, state: ViewState): ArmsFrame {
  const years = formatYears([state.start, state.end]);
  const listed = limitToSelection(sel.rows, state.countries);
  const measure = { key: 'measure', label: s.measureColumn };
  return {
    subtitle: strings.subtitle(s.sharesUnit, years, sel.exports.length > 0 && s.sharesExportsNote),
    sourceLine: `${s.sipriFactSheets} ${sourceLine(listed.map((r) => r.source_id), data.sources)}`,
    empty: emptyState(sel.imports.length + sel.exports.length, state, () => sel.periods),
    notice: missing(sel.figures, data, state) ?? strings.coverageNotice(coverageNote(chosenYears(sel, state.countries), state.start, state.end)),
    table: async () => (await import('./armsTable.ts')).armsObservationTable(listed, data.aggregates, ['period', 'from', 'to', 'value', 'unit', 'qualifier', 'source', 'note'], [
      { column: measure, cell: (r) => (r.indicator === IMPORT_SHARE ? s.importMeasure : s.exportMeasure) },
    ]),
    download: () => armsDownload(listed, data, downloadScope(['arms', 'shares'], state)),
  };
}

/** The years the selected suppliers' spans touch (every span's with no selection). */
function chosenYears(sel: ShareSelection, countries: readonly string[]): number[] {
  if (!countries.length) return sel.years;
  return periodYears([...sel.imports, ...sel.exports].filter((sp) => countries.includes(sp.code)).map((sp) => sp.periodText));
}

/** Deals: named deals and cumulative totals, listed with their kind so they are never read as one sum. */
export function dealsFrame(sel: DealSelection, data: Data, state: ViewState): ArmsFrame {
  const years = formatYears([state.start, state.end]);
  // A copy: with no selection limitToSelection hands back the selection's own rows.
  const listed = [...limitToSelection(sel.rows, state.countries)].sort((a, b) => compareText(a.indicator, b.indicator) || compareText(a.period, b.period));
  const sipri = listed.some((r) => r.source_id.startsWith('sipri'));
  const kind = { key: 'kind', label: s.kindColumn };
  const press = listed.filter((r) => !r.source_id.startsWith('sipri')).map((r) => r.source_id);
  const named = [sipri ? s.sipriComments : '', press.length ? sourceLine(press, data.sources) : ''].filter(Boolean);
  return {
    subtitle: strings.subtitle(s.dealsUnit, years, s.dealsApart),
    sourceLine: named.length ? named.join('; ') : s.sipri,
    empty: emptyState(sel.rows.length, state, () => sel.periods),
    // A year without a deal is not a gap in the data: only a selection without deals is said.
    notice: missing(sel.figures, data, state),
    table: async () => (await import('./armsTable.ts')).armsObservationTable(listed, data.aggregates, ['from', 'item', 'period', 'value', 'unit', 'qualifier', 'source', 'note'], [
      { column: kind, cell: (r) => (r.indicator === DEAL_VALUE ? s.dealKind : s.cumulativeKind) },
    ]),
    download: () => armsDownload(listed, data, downloadScope(['arms', 'deals'], state)),
  };
}
