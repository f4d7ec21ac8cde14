// Fetches the descriptor and the tables a page needs, as the build checked them; no DOM, fetch is injected.
import type { DataPackage } from './types.ts';
import type { PackageResult } from './validatePackage.ts';
import { unpackTable, unreadableTable, type CheckedPackage } from './checkedTable.ts';

export interface LoadedPackage extends PackageResult {
  /** Where `datapackage.json` is (ends in `/`): the build's checked files are under it. */
  base: string;
  /** The descriptor as published (every resource, the state domain), whatever was loaded; for a page
   *  of one dataset, the build's copy in which the resources not loaded keep only name, path and title. */
  descriptor: DataPackage;
  /** Where each resource's CSV is (loaded or not), for download links. */
  urls: Record<string, string>;
  /** The ISO names of the country codes in the loaded tables, as the build wrote them beside each. */
  names: Record<string, string>;
}

/** What a page loads: the resources of `datasets` (and those their keys point to); a page of one
 *  view (an embed) names it, and loads the file the build cut to that view (packageFileFor). */
export interface PageData {
  datasets: readonly string[];
  view?: string;
}

/** The resources a page that wants `wanted` loads: those, plus every resource their foreign keys point to
 *  (sources), so a row's source is always checked and citable. All of them when `wanted` is absent. */
export function resourcesFor(descriptor: DataPackage, wanted?: readonly string[]): DataPackage['resources'] {
  if (!wanted) return descriptor.resources;
  const names = new Set(wanted);
  for (const r of descriptor.resources) {
    if (names.has(r.name)) for (const fk of r.schema.foreignKeys ?? []) names.add(fk.reference.resource);
  }
  return descriptor.resources.filter((r) => names.has(r.name));
}

/** The checked file (checkedTable.ts) a page loads, under the data folder: for a page of one view, a
 *  descriptor in which the resources it does not load keep only name, path and title, the rows of its
 *  datasets it reads (all of them but for the map, which reads one indicator of each) and only the rows
 *  those cite of the tables their keys point to (its sources: ~40 of 211); for any other page, the
 *  published descriptor and every table. */
export const packageFileFor = (page?: PageData): string => (page?.view ? `checked/${page.view}/package.json` : 'checked/package.json');

/** Loads from `baseUrl` (ending in `/`) the descriptor and the tables of the resources `page` wants (all
 *  by default) as the build checked them (packageFileFor): nothing is parsed or validated here. A file
 *  that cannot be fetched or read rejects, naming it; a table damaged in it, or missing from it, becomes
 *  that table's file-level error and the others still load. Resources not wanted are not reported. */
export async function loadPackage(baseUrl: string, fetchFn: typeof fetch = fetch, page?: PageData): Promise<LoadedPackage> {
  const path = packageFileFor(page);
  const res = await fetchFn(baseUrl + path);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  const checked = (await res.json().catch((e: Error) => {
    throw new Error(`${path}: ${e.message}`);
  })) as CheckedPackage;
  const { descriptor } = checked;
  const urls = Object.fromEntries(descriptor.resources.map((r) => [r.name, `${baseUrl}${r.path}`]));
  const loaded = resourcesFor(descriptor, page?.datasets);
  const names: Record<string, string> = {};
  const tables = Object.fromEntries(
    loaded.map((r) => {
      const table = checked.tables[r.name];
      if (!table) return [r.name, unreadableTable(r, r.path, `the build's checked copy (${path}) has no table ${r.name} (rebuild the site)`)] as const;
      try {
        const unpacked = unpackTable(table);
        Object.assign(names, table.names);
        return [r.name, unpacked] as const;
      } catch (e) {
        // A damaged checked copy says where it is damaged (unpackTable).
        return [r.name, unreadableTable(r, r.path, (e as Error).message)] as const;
      }
    }),
  );
  const errors = loaded.flatMap((r) => tables[r.name]!.errors);
  const problemsTotal = loaded.reduce((n, r) => n + tables[r.name]!.problemsTotal, 0);
  return { base: baseUrl, descriptor, urls, tables, errors, problemsTotal, names };
}

/** The published CSV texts by path (what an editor's copy is checked against), fetched when a
 *  reader first checks a file: the page itself draws from the checked tables. */
export async function fetchTexts(pkg: Pick<LoadedPackage, 'descriptor' | 'urls'>, fetchFn: typeof fetch = fetch): Promise<Record<string, string | undefined>> {
  return Object.fromEntries(
    await Promise.all(
      pkg.descriptor.resources.map(async (r) => {
        const file = await fetchFn(pkg.urls[r.name]!).catch(() => null);
        return [r.path, file?.ok ? await file.text() : undefined] as const;
      }),
    ),
  );
}
