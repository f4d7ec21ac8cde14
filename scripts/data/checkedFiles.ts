// The build's check of data/: every resource validated with the app's own code (as check-data does)
// and written in the compact form the page loads (src/lib/data/checkedTable.ts), with its problems,
// and what the panels say of the data (the claims tested, each dataset summed up: panelFacts.ts).
import { readDataDir } from '../readDataDir.ts';
import { packTable, type CheckedPackage, type CheckedTable } from '../../src/lib/data/checkedTable.ts';
import { dashboardData } from '../../src/lib/data/dashboardData.ts';
import type { DataPackage, Resource } from '../../src/lib/data/types.ts';
import { packageFileFor, resourcesFor } from '../../src/lib/data/loadPackage.ts';
import type { TableResult } from '../../src/lib/data/tableValidator.ts';
import { FACTS_PATH, panelFacts } from '../../src/lib/dashboard/panelFacts.ts';
import ISO_NAMES from '../../src/lib/data/isoCountries.json' with { type: 'json' };
import '../../src/lib/geo/everyCountryName.ts';

/** What a page of the one dataset `name` loads (loadPackage.ts): a descriptor with the resources it
 *  loads (the dataset and those its keys point to) whole, the others by name, path and title, enough
 *  to link their CSVs, and the package's own fields (the state domain, aggregates, citation) as
 *  published; the dataset's table, and each table its keys point to cut to the rows it cites. The
 *  counts and problems of a cut table stay the whole file's: the build's report on that file, whose
 *  other rows this copy leaves out. */
function datasetPackage(descriptor: DataPackage, tables: Record<string, TableResult>, name: string): CheckedPackage {
  const loaded = resourcesFor(descriptor, [name]);
  const citing = loaded.find((r) => r.name === name)!;
  const cited = new Map<string, TableResult>();
  for (const { fields, reference } of citing.schema.foreignKeys ?? []) {
    const keys = new Set(tables[name]!.rows.map((row) => row[fields]));
    const table = tables[reference.resource]!;
    cited.set(reference.resource, { ...table, rows: table.rows.filter((row) => keys.has(row[reference.fields])) });
  }
  return {
    // Of a resource it does not load, the page reads only these (a link to its CSV).
    descriptor: { ...descriptor, resources: descriptor.resources.map((r) => (loaded.includes(r) ? r : ({ name: r.name, path: r.path, title: r.title } as Resource))) },
    tables: Object.fromEntries(loaded.map((r) => [r.name, packTable(cited.get(r.name) ?? tables[r.name]!, r, ISO_NAMES)])),
  };
}

/** Each checked file's JSON text by its path under the data folder: "checked/package.json" (every
 *  table), "checked/oil-exports/package.json" (a page of that one dataset) and the panels' facts. */
export function checkedFiles(dataDir: string): Map<string, string> {
  const { descriptor, tables } = readDataDir(dataDir);
  // The page tests the claims on the data as it draws it: dashboardData of the whole package.
  const facts = panelFacts(dashboardData({ descriptor, tables }), descriptor, tables);
  const every: CheckedPackage = {
    descriptor,
    tables: Object.fromEntries(descriptor.resources.map((r): [string, CheckedTable] => [r.name, packTable(tables[r.name]!, r, ISO_NAMES)])),
  };
  return new Map([
    [packageFileFor(), JSON.stringify(every)],
    ...descriptor.resources.map((r) => [packageFileFor([r.name]), JSON.stringify(datasetPackage(descriptor, tables, r.name))] as const),
    [FACTS_PATH, JSON.stringify(facts)],
  ]);
}
