// Unites the folders' sources.csv files into one row per source_id, keeping every evidence text.
import type { CsvRecord } from './readCsv.ts';
import { SOURCE_COLUMNS } from '../../src/lib/data/contractColumns.ts';

export interface MergedSources {
  records: CsvRecord[];
  /** Human-readable notes on ids that differ between folders in anything but evidence. */
  differences: string[];
  /** Ids that occur in more than one folder. */
  shared: string[];
}

/** `folders` in the order their evidence should be joined (oil, arms, uae, visits). */
export function mergeSources(folders: readonly { folder: string; records: readonly CsvRecord[] }[]): MergedSources {
  const byId = new Map<string, { folder: string; record: CsvRecord }[]>();
  for (const { folder, records } of folders) {
    for (const record of records) {
      const id = record.source_id ?? '';
      if (!id) throw new Error(`${folder}/sources.csv: a row has no source_id`);
      byId.set(id, [...(byId.get(id) ?? []), { folder, record }]);
    }
  }

  const differences: string[] = [];
  const shared: string[] = [];
  // Code-unit order, not localeCompare: the output must not depend on the machine's ICU data.
  const ids = [...byId.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const records = ids.map((id) => {
    const entries = byId.get(id)!;
    if (entries.length > 1) shared.push(id);
    const merged: CsvRecord = { source_id: id };
    for (const column of SOURCE_COLUMNS.slice(1)) {
      const values = entries.map((e) => ({ folder: e.folder, value: e.record[column] ?? '' }));
      if (column === 'evidence') {
        merged[column] = [...new Set(values.map((v) => v.value).filter(Boolean))].join(' | ');
        continue;
      }
      const first = values.find((v) => v.value !== '');
      merged[column] = first?.value ?? '';
      for (const other of values) {
        if (first && other.value !== '' && other.value !== first.value) {
          differences.push(`${id}.${column}: kept ${first.folder} "${first.value}", ${other.folder} has "${other.value}"`);
        }
      }
    }
    return merged;
  });
  return { records, differences, shared };
}
