// Which dataset a data editor's file stands for: from its name, or failing that from its header,
// and for the observation files (which share one header) from the indicators in its first rows.
import Papa from 'papaparse';
import { greatest } from 'd3-array';
import type { DataPackage, Resource } from '../data/types.ts';

export interface Recognised {
  resource: string;
  /** What gave it away; the page says so next to the dataset it picked. */
  by: 'name' | 'header' | 'indicators';
}

const stem = (name: string) =>
  name.toLowerCase().replace(/\.csv$/, '').replace(/[^a-z0-9]+/g, '-');

/** The resource whose file name is in `fileName` ("oil-exports.csv", "oil_exports (2).csv",
 *  "my-oil-exports-edit.csv"); the longest such name wins ("claims" never shadows a longer one). */
export function datasetFromName(fileName: string, resources: readonly Resource[]): string | null {
  const base = stem(fileName.split(/[\\/]/).pop() ?? fileName);
  const matches = resources
    .filter((r) => base.includes(stem(r.path)))
    .sort((a, b) => stem(b.path).length - stem(a.path).length);
  return matches[0]?.name ?? null;
}

/**
 * Recognises a file's dataset, or null. `header` is its header row, `firstRows` some data rows
 * after it (cells in header order). Several resources with every column of the header are told
 * apart by the indicators their descriptor declares.
 */
export function recogniseDataset(fileName: string, header: readonly string[], firstRows: readonly (readonly string[])[], descriptor: DataPackage): Recognised | null {
  const named = datasetFromName(fileName, descriptor.resources);
  if (named) return { resource: named, by: 'name' };
  const columns = new Set(header.map((h) => h.trim()));
  const candidates = descriptor.resources.filter((r) => r.schema.fields.every((f) => columns.has(f.name)));
  if (candidates.length === 1) return { resource: candidates[0]!.name, by: 'header' };
  const at = header.indexOf('indicator');
  if (candidates.length < 2 || at === -1) return null;
  const indicators = firstRows.map((row) => row[at]).filter((v): v is string => !!v);
  const scored = candidates
    .map((r) => ({ name: r.name, hits: indicators.filter((i) => Object.hasOwn(r['x-indicators'] ?? {}, i)).length }))
    .sort((a, b) => b.hits - a.hits);
  const [best, next] = scored;
  return best && best.hits > 0 && best.hits > (next?.hits ?? 0) ? { resource: best.name, by: 'indicators' } : null;
}

/** Data rows enough to tell the observation files apart by their indicators. */
export const SAMPLE_ROWS = 50;

/** Whether `head`, the start of a file, holds enough lines to recognise it by. */
export const headIsEnough = (head: string): boolean => head.split('\n', SAMPLE_ROWS + 12).length > SAMPLE_ROWS + 10;

/** The header and first rows of a file's first piece of text, on the delimiter (`,`, `;` or tab)
 *  that names most of the package's columns; note lines above the header skipped. */
export function readHead(head: string, descriptor: DataPackage): { header: string[]; rows: string[][] } {
  const markers = new Set(descriptor.resources.map((r) => r.dialect?.commentChar).filter(Boolean));
  const lines = head.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  // The last line may be cut in the middle.
  if (lines.length > 1) lines.pop();
  const first = lines.findIndex((l) => !markers.has(l[0]));
  const body = first === -1 ? '' : lines.slice(first, first + SAMPLE_ROWS + 1).join('\n');
  const known = new Set(descriptor.resources.flatMap((r) => r.schema.fields.map((f) => f.name)));
  const readOn = (delimiter: string) => Papa.parse<string[]>(body, { delimiter, newline: '\n' }).data;
  const named = (records: string[][]) => (records[0] ?? []).filter((h) => known.has(h.trim())).length;
  const [header = [], ...rows] = greatest([',', ';', '\t'].map(readOn), named) ?? [];
  return { header, rows };
}
