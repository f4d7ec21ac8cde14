// Imports one SIPRI export: recognise its layout, convert its rows, name its source and edition.
import { EDITION_SPECS } from '../../series/editions.ts';
import type { Edition } from '../../state/viewState.ts';
import { detectSipriLayout } from './detectSipriLayout.ts';
import { registerQuery } from './readNotes.ts';
import { registerDeliveries, type RegisterCoverage } from './registerDeliveries.ts';
import { registerDeals } from './registerDeals.ts';
import { sipriSource, sipriSourceId } from './sipriSource.ts';
import { tivTable, type TableOptions } from './tivTable.ts';
import type { Converted, SipriImport, SipriLayout, SipriTable } from './types.ts';

export interface ImportOptions extends TableOptions {
  /** Shown in the source row's evidence. */
  fileName?: string;
  /** ISO date to use when the notes give none (e.g. a copy that lost SIPRI's note lines). */
  generated?: string;
  /** Parties (alpha-3) whose imports, or exports, the register holds in full when its notes do not say so. */
  allImportsOf?: readonly string[];
  allExportsOf?: readonly string[];
}

export type ImportOutcome = SipriImport | { layout: null; reason: string };

const EDITION: Record<SipriLayout, Edition | null> = {
  'register-deliveries': 'register2026',
  'register-deals': null,
  'tiv-table': 'tables2022',
};

/**
 * SIPRI's first note says which suppliers and recipients a register holds ("from All countries
 * to Azerbaijan"): a WLD total is only a total when the other side is "All countries". A copy
 * without notes gets totals only for the parties the editor names.
 */
function coverage(table: SipriTable, options: ImportOptions, remarks: string[]): RegisterCoverage {
  const query = registerQuery(table.notes);
  if (!query && !options.allImportsOf?.length && !options.allExportsOf?.length) {
    remarks.push('the file does not say which suppliers and recipients it holds (SIPRI\'s first note line is missing): no WLD totals written; name the parties it holds in full with --all-imports-of / --all-exports-of');
  }
  return {
    totalsTo: query?.allSuppliers ? 'all' : new Set(options.allImportsOf ?? []),
    totalsFrom: query?.allRecipients ? 'all' : new Set(options.allExportsOf ?? []),
    firstYear: query?.firstYear ?? null,
    lastYear: query?.lastYear ?? null,
  };
}

/** Recognises and converts a SIPRI export; the outcome names the layout or why it is none. */
export function importSipri(text: string, options: ImportOptions = {}): ImportOutcome {
  const detected = detectSipriLayout(text);
  if (detected.layout === null) return detected;
  const { layout, table } = detected;
  const generated = detected.generated ?? options.generated ?? null;
  const sourceId = sipriSourceId(layout, generated);
  const remarks: string[] = [];
  const converted: Converted =
    layout === 'register-deliveries' ? registerDeliveries(table, sourceId, coverage(table, options, remarks))
    : layout === 'register-deals' ? registerDeals(table, sourceId)
    : tivTable(table, sourceId, options);
  const problems = [...detected.problems, ...converted.problems];
  if (!generated) {
    problems.unshift({
      row: 1, column: '', value: sourceId, lost: false,
      reason: `the file gives no generation date (SIPRI's "Generated: …" line above the header): replace ${sourceId} with the release's date in every output row and the source row`,
    });
  }
  const edition = EDITION[layout];
  const spec = edition ? EDITION_SPECS[edition] : null;
  if (spec?.sources && !spec.sources.includes(sourceId)) {
    remarks.push(`the dashboard's ${edition} edition lists only the source(s) ${spec.sources.join(', ')} (src/lib/series/editions.ts): add ${sourceId} there for these rows to show in it`);
  }
  return {
    layout, generated, sourceId, edition,
    rowsRead: table.records.length,
    rows: converted.rows,
    sources: [sipriSource(layout, sourceId, generated, table.notes, options.fileName)],
    problems,
    remarks: [...remarks, ...converted.remarks],
  };
}
