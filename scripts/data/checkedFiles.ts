// The build's check of data/: every resource validated with the app's own code (as check-data does)
// and written in the compact form the page loads (src/lib/data/checkedTable.ts), with its problems,
// and what the panels say of the data (the claims tested, each dataset summed up: panelFacts.ts).
import { readDataDir } from '../readDataDir.ts';
import { checkedPath, packTable } from '../../src/lib/data/checkedTable.ts';
import { dashboardData } from '../../src/lib/data/dashboardData.ts';
import { FACTS_PATH, panelFacts } from '../../src/lib/dashboard/panelFacts.ts';
import ISO_NAMES from '../../src/lib/data/isoCountries.json' with { type: 'json' };
import '../../src/lib/geo/everyCountryName.ts';

/** Each checked file's JSON text by its path under the data folder ("checked/oil-exports.json"). */
export function checkedFiles(dataDir: string): Map<string, string> {
  const { descriptor, tables } = readDataDir(dataDir);
  // The page tests the claims on the data as it draws it: dashboardData of the whole package.
  const facts = panelFacts(dashboardData({ descriptor, tables }), descriptor, tables);
  return new Map([
    ...descriptor.resources.map((r) => [checkedPath(r), JSON.stringify(packTable(tables[r.name]!, r, ISO_NAMES))] as const),
    [FACTS_PATH, JSON.stringify(facts)],
  ]);
}
