// A data editor's own copy of one file, checked against the rest of the package: the page can
// show its problems at once and preview the dashboard with its valid rows.
import type { LoadedPackage } from './loadPackage.ts';
import { validatePackage, type PackageOptions } from './validatePackage.ts';

/** The resource a dropped file stands for: the one whose path is the file's name, if any. */
export function resourceForFile(pkg: Pick<LoadedPackage, 'descriptor'>, fileName: string): string | null {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return pkg.descriptor.resources.find((r) => r.path === base)?.name ?? null;
}

/** The package with `resource`'s text replaced and every file validated again (foreign keys
 *  included: a new source_id must exist in sources.csv). The shipped package is not changed. */
export function replaceFile(pkg: LoadedPackage, resource: string, text: string, options: PackageOptions = {}): LoadedPackage {
  const target = pkg.descriptor.resources.find((r) => r.name === resource);
  if (!target) throw new Error(`no resource named ${resource}`);
  const texts = { ...pkg.texts, [target.path]: text };
  return { ...pkg, texts, ...validatePackage(pkg.descriptor, texts, options) };
}
