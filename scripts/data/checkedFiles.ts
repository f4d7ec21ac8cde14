// The build's check of data/: every resource validated with the app's own code (as check-data does)
// and written in the compact form the page loads (src/lib/data/checkedTable.ts), with its problems,
// and what the panels say of the data (the claims tested, each dataset summed up: panelFacts.ts).
import { readDataDir } from '../readDataDir.ts';
import { packTable, type CheckedPackage, type CheckedTable } from '../../src/lib/data/checkedTable.ts';
import { dashboardData } from '../../src/lib/data/dashboardData.ts';
import type { DataPackage, Resource, Row } from '../../src/lib/data/types.ts';
import { mapReads } from '../../src/lib/map/layers.ts';
import { VIEW_DATASETS } from '../firstDrawChunks.ts';
import { packageFileFor, resourcesFor } from '../../src/lib/data/loadPackage.ts';
import type { TableResult } from '../../src/lib/data/tableValidator.ts';
import { FACTS_PATH, panelFacts } from '../../src/lib/dashboard/panelFacts.ts';
import ISO_NAMES from '../../src/lib/data/isoCountries.json' with { type: 'json' };
import '../../src/lib/geo/everyCountryName.ts';

type ViewId = keyof typeof VIEW_DATASETS;

/** What a page of one view loads (loadPackage.ts): a descriptor with the resources it loads (the view's
 *  datasets and those their keys point to) whole, the others by name, path and title, enough to link
 *  their CSVs, and the package's own fields (the state domain, aggregates, citation) as published; the
 *  rows of its datasets the view reads (`reads`: every row, but for the map), and each table their keys
 *  point to cut to the rows those cite. The counts and problems of a cut table stay the whole file's:
 *  the build's report on that file, whose other rows this copy leaves out. */
function viewPackage(descriptor: DataPackage, tables: Record<string, TableResult>, datasets: readonly string[], reads: (resource: string, row: Row) => boolean): CheckedPackage {
  const loaded = resourcesFor(descriptor, datasets);
  const cut = new Map(datasets.map((name) => [name, { ...tables[name]!, rows: tables[name]!.rows.filter((row) => reads(name, row)) }]));
  // A table several datasets point to (sources) keeps the rows any of them cites.
  const cites = new Map<string, ((row: Row) => boolean)[]>();
  for (const name of datasets) {
    for (const { fields, reference } of loaded.find((r) => r.name === name)!.schema.foreignKeys ?? []) {
      const keys = new Set(cut.get(name)!.rows.map((row) => row[fields]));
      cites.set(reference.resource, [...(cites.get(reference.resource) ?? []), (row) => keys.has(row[reference.fields])]);
    }
  }
  for (const [name, cited] of cites) cut.set(name, { ...tables[name]!, rows: tables[name]!.rows.filter((row) => cited.some((c) => c(row))) });
  return {
    // Of a resource it does not load, the page reads only these (a link to its CSV).
    descriptor: { ...descriptor, resources: descriptor.resources.map((r) => (loaded.includes(r) ? r : ({ name: r.name, path: r.path, title: r.title } as Resource))) },
    tables: Object.fromEntries(loaded.map((r) => [r.name, packTable(cut.get(r.name) ?? tables[r.name]!, r, ISO_NAMES)])),
  };
}

/** The rows a view reads of its datasets, where it reads fewer than all: the map, one indicator of each. */
const VIEW_READS: Partial<Record<ViewId, (resource: string, row: Row) => boolean>> = { map: mapReads };

/** Each checked file's JSON text by its path under the data folder: "checked/package.json" (every
 *  table), "checked/<view>/package.json" (a page of that one view: "checked/oil/package.json") and the
 *  panels' facts. */
export function checkedFiles(dataDir: string): Map<string, string> {
  const { descriptor, tables } = readDataDir(dataDir);
  // The page tests the claims on the data as it draws it: dashboardData of the whole package.
  const facts = panelFacts(dashboardData({ descriptor, tables }), descriptor, tables);
  const every: CheckedPackage = {
    descriptor,
    tables: Object.fromEntries(descriptor.resources.map((r): [string, CheckedTable] => [r.name, packTable(tables[r.name]!, r, ISO_NAMES)])),
  };
  const views = Object.entries(VIEW_DATASETS) as [ViewId, readonly string[]][];
  return new Map([
    [packageFileFor(), JSON.stringify(every)],
    ...views.map(([view, datasets]) => [packageFileFor({ datasets, view }), JSON.stringify(viewPackage(descriptor, tables, datasets, VIEW_READS[view] ?? (() => true)))] as const),
    [FACTS_PATH, JSON.stringify(facts)],
  ]);
}
