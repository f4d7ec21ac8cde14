// The fetches a page's boot waits for, started on their own: the dashboard starts them from a small
// script of its own (dashboardLoads.ts) while the browser still compiles the main one.
import { loadPackage, type LoadedPackage, type PageData } from '../data/loadPackage.ts';

export interface StartedLoads {
  pkg: Promise<LoadedPackage>;
  /** The region's TopoJSON, parsed; null when the page draws no map. */
  topology: Promise<unknown> | null;
}

/** Loads the package under `base` (loadPackage.ts: what `page` wants, or every resource) and, with
 *  `region`, the map's TopoJSON; a failure rejects the promise it belongs to, for the boot to report.
 *  Arguments, not an options object: the map's embed, which runs this too, has bytes to spare by the dozen. */
export function startLoads(base: string, region: boolean, fetchFn: typeof fetch = fetch, page?: PageData): StartedLoads {
  return {
    pkg: loadPackage(`${base}data/`, fetchFn, page),
    topology: region
      ? fetchFn(`${base}region.topo.json`).then((r) => {
          if (!r.ok) throw new Error(`region.topo.json: HTTP ${r.status}`);
          return r.json() as Promise<unknown>;
        })
      : null,
  };
}

/** startLoads, for a boot that comes later: until it awaits them, a failed load is kept for it to
 *  report, not thrown at nobody as an unhandled rejection. */
export function startLoadsEarly(...args: Parameters<typeof startLoads>): StartedLoads {
  const loads = startLoads(...args);
  for (const p of [loads.pkg, loads.topology]) p?.catch(() => {});
  return loads;
}
