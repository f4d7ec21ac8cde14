// A SIPRI export previewed in the page: the published defense-imports.csv and sources.csv with the
// file's rows and source row in, plus what the reader is told about the import.
import Papa from 'papaparse';
import { OBSERVATION_COLUMNS, SOURCE_COLUMNS } from '../../data/contractColumns.ts';
import type { DataPackage } from '../../data/types.ts';
import { writeCsv } from '../../data/writeCsv.ts';
import { inEdition } from '../../series/editions.ts';
import type { Edition } from '../../state/viewState.ts';
import { importSipri, type ImportOptions } from './importSipri.ts';
import { unmappedNames } from './partyCell.ts';
import type { ImportProblem, ObservationRow, SipriLayout, SourceRow } from './types.ts';

/** The dataset a SIPRI export's rows belong to, and the file its source rows go to. */
export const SIPRI_RESOURCE = 'defense-imports';
const SOURCES_RESOURCE = 'sources';

export interface PublishedPackage {
  descriptor: DataPackage;
  /** The published CSV texts by path. */
  texts: Record<string, string | undefined>;
}

/** What the reader is told about an import (the page's summary). */
export interface SipriSummary {
  layout: SipriLayout;
  generated: string | null;
  sourceId: string;
  edition: Edition | null;
  /** The edition of the arms chart that draws the imported rows, or null when none does. */
  drawnIn: Edition | null;
  /** Data rows below SIPRI's header, and the rows written from them. */
  rowsRead: number;
  rowsWritten: number;
  indicators: string[];
  /** Published rows the imported ones replace (see `supersedes`), and their sources. */
  superseded: number;
  supersededSources: string[];
  /** The converter's problems, each at a row as a spreadsheet numbers it (SIPRI's note lines counted). */
  problems: ImportProblem[];
  unmapped: string[];
  remarks: string[];
}

export interface SipriPreview {
  /** The new texts of defense-imports.csv and sources.csv, by path. */
  texts: Record<string, string>;
  summary: SipriSummary;
}

const cell = (r: ObservationRow) => [r.indicator, r.from, r.to, r.period].join('|');

function resourcePath(descriptor: DataPackage, name: string): string {
  const path = descriptor.resources.find((r) => r.name === name)?.path;
  if (!path) throw new Error(`the package has no resource ${name}`);
  return path;
}

/** The rows of a published file, which has the contract's columns (it passed build-data's check). */
function rowsOf<T extends ObservationRow | SourceRow>(text: string | undefined): T[] {
  return text === undefined ? [] : Papa.parse<T>(text, { header: true, delimiter: ',', skipEmptyLines: true }).data;
}

/**
 * A published row gives way when it says what an imported row says, from the same SIPRI series:
 * same indicator, supplier, recipient and period, and either the same source_id (the same file
 * imported again) or a row of the edition the imported rows are drawn in (a new register release
 * replaces the published register sums, cell by cell). Everything else stays: other years and
 * parties (a file of one exporter's table must not erase the other exporters), other indicators,
 * and other vintages — rows an edition leaves out (Gapminder's copy, the 2018 press quote), or the
 * published rows of an edition the imported rows are not drawn in, which would leave it blank.
 */
function supersedes(imported: readonly ObservationRow[], sourceId: string, drawnIn: Edition | null): (row: ObservationRow) => boolean {
  const cells = new Set(imported.map(cell));
  return (row) => cells.has(cell(row)) && (row.source_id === sourceId || (drawnIn !== null && inEdition(row, drawnIn)));
}

/**
 * The preview of a SIPRI export against the published package, or null when `text` is not one.
 * `options` are the converter's (a release date or the parties held in full, for a copy that lost
 * SIPRI's note lines).
 */
export function sipriPreview(text: string, fileName: string, published: PublishedPackage, options: Omit<ImportOptions, 'fileName'> = {}): SipriPreview | null {
  const result = importSipri(text, { ...options, fileName });
  if (result.layout === null) return null;
  const observationsPath = resourcePath(published.descriptor, SIPRI_RESOURCE);
  const sourcesPath = resourcePath(published.descriptor, SOURCES_RESOURCE);
  const first = result.rows[0];
  const drawnIn = result.edition !== null && first && inEdition(first, result.edition) ? result.edition : null;

  const replaced = supersedes(result.rows, result.sourceId, drawnIn);
  const observations = rowsOf<ObservationRow>(published.texts[observationsPath]);
  const superseded = observations.filter(replaced);
  const kept = observations.filter((r) => !replaced(r));
  const newIds = new Set(result.sources.map((s) => s.source_id));
  const sources = [...rowsOf<SourceRow>(published.texts[sourcesPath]).filter((s) => !newIds.has(s.source_id)), ...result.sources];

  return {
    texts: {
      [observationsPath]: writeCsv(OBSERVATION_COLUMNS, [...kept, ...result.rows]),
      [sourcesPath]: writeCsv(SOURCE_COLUMNS, sources),
    },
    summary: {
      layout: result.layout,
      generated: result.generated,
      sourceId: result.sourceId,
      edition: result.edition,
      drawnIn,
      rowsRead: result.rowsRead,
      rowsWritten: result.rows.length,
      indicators: [...new Set(result.rows.map((r) => r.indicator))],
      superseded: superseded.length,
      supersededSources: [...new Set(superseded.map((r) => r.source_id))],
      problems: result.problems,
      unmapped: unmappedNames(result.problems),
      remarks: result.remarks,
    },
  };
}
