// What the frame shows around the default arms view (suppliers): subtitle (unit, years, edition),
// source line, empty state, what is missing (notice), table, download; and what every arms frame shares.
import type { DashboardData } from '../../data/dashboardData.ts';
import type { Observation } from '../../data/types.ts';
import type { ViewState } from '../../state/viewState.ts';
import type { ViewFrame } from '../../frame/viewFrame.ts';
import { formatYears } from '../../format.ts';
import { countryName } from '../../geo/countryNames.ts';
import { strings } from '../../strings.ts';
import { yearsWithFigures } from '../../series/yearsWithFigures.ts';
import { coverageNote, selectionNotice, type Figures } from '../../series/selectionNotice.ts';
import { emptyState } from '../../series/emptyState.ts';
import { downloadScope, type DownloadScope } from '../../frame/downloadScope.ts';
import { loadDownloads } from '../loadDownloads.ts';
import { armsStrings as s } from '../../viewStrings/arms.ts';
import { limitToSelection } from '../../data/partner.ts';
import { inEdition, rowYear } from '../../series/editions.ts';
import type { SupplierStack } from './selectSuppliers.ts';
import { compareText } from '../../text/compareText.ts';

/** Everything of the frame but its id and title, which every arms view shares. */
export type ArmsFrame = Omit<ViewFrame, 'id' | 'title'>;

export type Data = Pick<DashboardData, 'sources' | 'aggregates' | 'indicators'>;
/** The download of arms rows (defense-imports), built by the lazily loaded observationDownload. */
export const armsDownload = async (rows: Observation[], data: Data, scope: DownloadScope) =>
  (await loadDownloads()).observationDownload(rows, data, 'defense-imports', scope);

export const runs = (years: number[]) => yearsWithFigures(years.map(String));
/** "No arms-transfer figures for Japan in 2014–2024. Figures exist for …", or null. */
export const missing = (figures: Figures[], data: Data, state: ViewState) =>
  selectionNotice(s.what, state.countries, () => figures, state.start, state.end, (c) => countryName(c, data.aggregates));
const byYearThenValue = (a: Observation, b: Observation) => (rowYear(a) ?? 0) - (rowYear(b) ?? 0) || b.value - a.value || compareText(a.from, b.from);

/** Suppliers: one edition's TIV; years it does not cover are named as a gap. */
export function suppliersFrame(stack: SupplierStack, data: Data, state: ViewState): ArmsFrame {
  const years = formatYears([state.start, state.end]);
  const gap = stack.covered.length && stack.gaps.length ? ` (${s.notCovered(runs(stack.gaps))})` : '';
  // Sorted when the table or the download asks (each parses every row's period per comparison): a
  // change of years or countries would otherwise sort every listed row for a table nobody opened.
  const listed = () => limitToSelection([...stack.rows, ...stack.otherVintage], state.countries).sort(byYearThenValue);
  const edition = { key: 'edition', label: s.editionColumn };
  return {
    subtitle: strings.subtitle(s.tivUnit, years, `${s.editions[state.edition]}${gap}`),
    sourceLine: state.edition === 'tables2022' ? s.sipriTables : s.sipriRegister,
    empty: emptyState(stack.covered.length, state, () => stack.coverage.map(String)),
    // A year the edition covers without a supplier's row is a year it delivered nothing: only the
    // edition's own gaps are years not collected.
    notice: missing(stack.figures, data, state) ?? strings.coverageNotice(coverageNote(stack.covered, state.start, state.end)),
    table: async () => (await import('./armsTable.ts')).armsObservationTable(listed(), data.aggregates, ['period', 'from', 'value', 'unit', 'qualifier', 'source', 'note'], [
      { column: edition, cell: (r) => (inEdition(r, state.edition) ? s.editions[state.edition] : s.otherVintage) },
    ]),
    download: () => armsDownload(listed(), data, downloadScope(['arms', 'suppliers', state.edition], state)),
  };
}
