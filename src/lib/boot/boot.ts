// One boot for every page: loads only the datasets (and the map) the requested views need, and
// their components; decodes nothing itself (the ViewStore does, against the descriptor's domain).
import type { Component } from 'svelte';
import type { LoadedPackage } from '../data/loadPackage.ts';
import { startLoads, type StartedLoads } from './startLoads.ts';
import { dashboardData, type DashboardData } from '../data/dashboardData.ts';
import { addCountryNames } from '../geo/countryNames.ts';
import type { RegionFeature, RegionTopology } from '../geo/loadRegion.ts';
import type { ChartProps } from '../frame/chartProps.ts';
import { CATALOGUE, datasetsFor, type CatalogueEntry, type ViewId } from '../catalogue/catalogue.ts';

export interface BootedView {
  entry: CatalogueEntry;
  component: Component<ChartProps>;
}

export interface Booted {
  pkg: LoadedPackage;
  data: DashboardData;
  /** The region's countries; empty when no view draws the map. */
  features: RegionFeature[];
  views: BootedView[];
}

export interface BootOptions {
  /** Where data/ and region.topo.json are, relative to the page; ends in '/'. */
  base?: string;
  fetchFn?: typeof fetch;
  /** The loads, if the page started them already (startLoads.ts); otherwise the boot starts them, for
   *  the views' datasets and, with the map, the region. */
  started?: StartedLoads;
}

/** Loads the package files, the map and the components the views need, in parallel. */
export async function boot(ids: readonly ViewId[], { base = './', fetchFn = fetch, started }: BootOptions = {}): Promise<Booted> {
  const entries = ids.map((id) => CATALOGUE[id]);
  // A page of one view (an embed) loads the file the build cut to it.
  const loads = started ?? startLoads(base, entries.some((e) => e.region), fetchFn, { datasets: datasetsFor(ids), view: ids.length === 1 ? ids[0] : undefined });
  const [pkg, features, components] = await Promise.all([
    loads.pkg,
    // The map's reader (and TopoJSON's) is fetched with the map, so a page without it loads neither.
    loads.topology ? Promise.all([loads.topology, import('../geo/loadRegion.ts')]).then(([topology, { loadRegion }]) => loadRegion(topology as RegionTopology)) : [],
    Promise.all(entries.map((e) => e.load())),
  ]);
  addCountryNames(pkg.names);
  return {
    pkg,
    data: dashboardData(pkg),
    features,
    views: entries.map((entry, i) => ({ entry, component: components[i]! })),
  };
}
