// Fetches the descriptor and the CSVs a page needs, then validates them; no DOM, fetch is injected.
import type { DataPackage } from './types.ts';
import { validatePackage, type PackageResult } from './validatePackage.ts';

export interface LoadedPackage extends PackageResult {
  /** The descriptor as published (every resource, the state domain), whatever was loaded. */
  descriptor: DataPackage;
  /** Where each resource's CSV is (loaded or not), for download links. */
  urls: Record<string, string>;
  /** Each loaded file's text by path, so a replacement file can be checked against the others. */
  texts: Record<string, string | undefined>;
}

/** The resources to fetch for `wanted`: those, plus every resource their foreign keys point to
 *  (sources), so a row's source is always checked and citable. All of them when `wanted` is absent. */
export function resourcesFor(descriptor: DataPackage, wanted?: readonly string[]): DataPackage['resources'] {
  if (!wanted) return descriptor.resources;
  const names = new Set(wanted);
  for (const r of descriptor.resources) {
    if (names.has(r.name)) for (const fk of r.schema.foreignKeys ?? []) names.add(fk.reference.resource);
  }
  return descriptor.resources.filter((r) => names.has(r.name));
}

/** Loads `datapackage.json` from `baseUrl` (ending in `/`) and the files of the `wanted`
 *  resources (all by default). A file that cannot be fetched becomes a file-level error; the
 *  others still load. Resources not wanted are neither fetched nor reported. */
export async function loadPackage(baseUrl: string, fetchFn: typeof fetch = fetch, wanted?: readonly string[]): Promise<LoadedPackage> {
  const res = await fetchFn(`${baseUrl}datapackage.json`);
  if (!res.ok) throw new Error(`datapackage.json: HTTP ${res.status}`);
  const descriptor = (await res.json()) as DataPackage;
  const urls = Object.fromEntries(descriptor.resources.map((r) => [r.name, `${baseUrl}${r.path}`]));
  const loaded = resourcesFor(descriptor, wanted);
  const texts = Object.fromEntries(
    await Promise.all(
      loaded.map(async (r) => {
        try {
          const file = await fetchFn(urls[r.name]!);
          return [r.path, file.ok ? await file.text() : undefined] as const;
        } catch {
          return [r.path, undefined] as const;
        }
      }),
    ),
  );
  return { descriptor, urls, texts, ...validatePackage({ ...descriptor, resources: loaded }, texts) };
}
