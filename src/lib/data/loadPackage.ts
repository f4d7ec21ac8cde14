// Fetches the descriptor and every CSV it names, then validates them; no DOM, fetch is injected.
import type { DataPackage } from './types.ts';
import { validatePackage, type PackageResult } from './validatePackage.ts';

export interface LoadedPackage extends PackageResult {
  descriptor: DataPackage;
  /** Where each resource's CSV was fetched from, for download links. */
  urls: Record<string, string>;
  /** Each file's text by path, so a replacement file can be checked against the others. */
  texts: Record<string, string | undefined>;
}

/** Loads `datapackage.json` from `baseUrl` (ending in `/`) and the files it describes. A file
 *  that cannot be fetched becomes a file-level error; the others still load. */
export async function loadPackage(baseUrl: string, fetchFn: typeof fetch = fetch): Promise<LoadedPackage> {
  const res = await fetchFn(`${baseUrl}datapackage.json`);
  if (!res.ok) throw new Error(`datapackage.json: HTTP ${res.status}`);
  const descriptor = (await res.json()) as DataPackage;
  const urls = Object.fromEntries(descriptor.resources.map((r) => [r.name, `${baseUrl}${r.path}`]));
  const texts = Object.fromEntries(
    await Promise.all(
      descriptor.resources.map(async (r) => {
        try {
          const file = await fetchFn(urls[r.name]!);
          return [r.path, file.ok ? await file.text() : undefined] as const;
        } catch {
          return [r.path, undefined] as const;
        }
      }),
    ),
  );
  return { descriptor, urls, texts, ...validatePackage(descriptor, texts) };
}
