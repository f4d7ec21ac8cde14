// The published package with a checked file's tables in place, for the dashboard's preview.
import type { LoadedPackage } from '../data/loadPackage.ts';
import type { ImportDone } from './importProtocol.ts';

/** `shipped` with the worker's tables swapped in. Their problems come in capped (`shown`); the
 *  other files keep theirs. The shipped package is not changed. */
export function previewPackage(shipped: LoadedPackage, done: ImportDone): LoadedPackage {
  const others = shipped.descriptor.resources.filter((r) => !(r.name in done.tables));
  return {
    ...shipped,
    tables: { ...shipped.tables, ...done.tables },
    errors: [...others.flatMap((r) => shipped.tables[r.name]?.errors ?? []), ...done.problems.shown],
  };
}
