// Which dataset a data editor's file stands for: from its name, or failing that from its header,
// and for the observation files (which share one header) from the indicators in its first rows.
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
