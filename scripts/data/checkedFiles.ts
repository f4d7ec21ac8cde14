// The build's check of data/: every resource validated with the app's own code (as check-data does)
// and written in the compact form the page loads (src/lib/data/checkedTable.ts), with its problems.
import { readDataDir } from '../readDataDir.ts';
import { checkedPath, packTable } from '../../src/lib/data/checkedTable.ts';

/** Each checked table's JSON text by its path under the data folder ("checked/oil-exports.json"). */
export function checkedFiles(dataDir: string): Map<string, string> {
  const { descriptor, tables } = readDataDir(dataDir);
  return new Map(descriptor.resources.map((r) => [checkedPath(r), JSON.stringify(packTable(tables[r.name]!, r))]));
}
