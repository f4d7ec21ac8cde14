// The build's check of data/: every resource validated with the app's own code (as check-data does)
// and written in the compact form the page loads (src/lib/data/checkedTable.ts), with its problems,
// and what the panels say of the data (the claims tested, each dataset summed up: panelFacts.ts).
import { readDataDir } from '../readDataDir.ts';
import { checkedPath, packTable } from '../../src/lib/data/checkedTable.ts';
import { dashboardData } from '../../src/lib/data/dashboardData.ts';
import type { DataPackage } from '../../src/lib/data/types.ts';
import { descriptorFileFor, resourcesFor } from '../../src/lib/data/loadPackage.ts';
import type { TableResult } from '../../src/lib/data/tableValidator.ts';
import { FACTS_PATH, panelFacts } from '../../src/lib/dashboard/panelFacts.ts';
import ISO_NAMES from '../../src/lib/data/isoCountries.json' with { type: 'json' };
import '../../src/lib/geo/everyCountryName.ts';

/** For each foreign key, the table it points to cut to the rows its resource cites (what a page of
 *  that one dataset loads: loadPackage.ts). The counts and problems stay the whole file's: the build's
 *  report on that file, whose other rows this copy leaves out. */
function citedTables(descriptor: DataPackage, tables: Record<string, TableResult>): [string, string][] {
  return descriptor.resources.flatMap((citing) =>
    (citing.schema.foreignKeys ?? []).flatMap(({ fields, reference }) => {
      const cited = descriptor.resources.find((r) => r.name === reference.resource);
      if (!cited || !tables[citing.name] || !tables[cited.name]) return [];
      const keys = new Set(tables[citing.name]!.rows.map((row) => row[fields]));
      const table = tables[cited.name]!;
      const rows = table.rows.filter((row) => keys.has(row[reference.fields]));
      return [[checkedPath(cited, citing.name), JSON.stringify(packTable({ ...table, rows }, cited, ISO_NAMES))] as [string, string]];
    }),
  );
}

/** The descriptor a page of the one dataset `name` loads (loadPackage.ts): the resources it loads (the
 *  dataset and those its keys point to) whole, the others by name, path and title, enough to link
 *  their CSVs; the package's own fields (the state domain, aggregates, citation) as published. */
function datasetDescriptor(descriptor: DataPackage, name: string): string {
  const loaded = new Set(resourcesFor(descriptor, [name]));
  const resources = descriptor.resources.map((r) => (loaded.has(r) ? r : { name: r.name, path: r.path, title: r.title }));
  return JSON.stringify({ ...descriptor, resources });
}

/** Each checked file's JSON text by its path under the data folder ("checked/oil-exports.json", and
 *  for a page of that one dataset "checked/oil-exports/sources.json", "checked/oil-exports/datapackage.json"). */
export function checkedFiles(dataDir: string): Map<string, string> {
  const { descriptor, tables } = readDataDir(dataDir);
  // The page tests the claims on the data as it draws it: dashboardData of the whole package.
  const facts = panelFacts(dashboardData({ descriptor, tables }), descriptor, tables);
  return new Map([
    ...descriptor.resources.map((r) => [checkedPath(r), JSON.stringify(packTable(tables[r.name]!, r, ISO_NAMES))] as const),
    ...citedTables(descriptor, tables),
    ...descriptor.resources.map((r) => [descriptorFileFor([r.name]), datasetDescriptor(descriptor, r.name)] as const),
    [FACTS_PATH, JSON.stringify(facts)],
  ]);
}
