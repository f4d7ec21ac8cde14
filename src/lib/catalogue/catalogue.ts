// The catalogue of views: each public id (DESIGN.md; embed codes carry them) with its title, the
// datasets it needs, the state keys it reads, and its component, imported only when drawn.
import type { Component } from 'svelte';
import type { StateDomain, ViewState } from '../state/viewState.ts';
import { encodeState } from '../state/stateUrl.ts';
import type { ChartProps } from '../frame/chartProps.ts';
import { catalogueStrings, viewTitles } from '../strings.ts';

export const VIEW_IDS = ['map', 'oil', 'arms', 'investment', 'visits'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export interface CatalogueEntry {
  id: ViewId;
  /** The view's general title (a view model may name the chosen indicator instead). */
  title: string;
  /** Data package resources it draws (sources come with them: foreign keys). */
  datasets: readonly string[];
  /** Whether it draws the regional map (public/region.topo.json). */
  region: boolean;
  /** The state keys it reads beyond the common ones (start, end, countries). */
  keys: readonly (keyof ViewState)[];
  /** Its component; a page imports only the views it shows. */
  load: () => Promise<Component<ChartProps>>;
}

/** The common keys every view reads. */
export const COMMON_KEYS: readonly (keyof ViewState)[] = ['start', 'end', 'countries'];

export const CATALOGUE: Readonly<Record<ViewId, CatalogueEntry>> = {
  map: {
    id: 'map', title: viewTitles.map, region: true, keys: ['layer', 'edition'],
    datasets: ['oil-exports', 'defense-imports', 'investment', 'visits'],
    load: () => import('../map/FlowMap.svelte').then((m) => m.default),
  },
  oil: {
    id: 'oil', title: viewTitles.oil, region: false, keys: ['oil', 'unit', 'claim'], datasets: ['oil-exports'],
    load: () => import('../charts/oil/OilChart.svelte').then((m) => m.default),
  },
  arms: {
    id: 'arms', title: viewTitles.arms, region: false, keys: ['arms', 'edition', 'claim'], datasets: ['defense-imports'],
    load: () => import('../charts/arms/ArmsChart.svelte').then((m) => m.default),
  },
  investment: {
    id: 'investment', title: viewTitles.investment, region: false, keys: ['investment', 'claim'], datasets: ['investment'],
    load: () => import('../charts/investment/InvestmentChart.svelte').then((m) => m.default),
  },
  visits: {
    id: 'visits', title: viewTitles.visits, region: false, keys: ['kinds', 'claim'], datasets: ['visits'],
    load: () => import('../charts/visits/VisitsChart.svelte').then((m) => m.default),
  },
};

/** The catalogue entry of an id from a URL, or null for anything else. */
export function viewById(id: string | null): CatalogueEntry | null {
  return id !== null && Object.hasOwn(CATALOGUE, id) ? CATALOGUE[id as ViewId] : null;
}

/** The datasets a set of views needs, each once, in catalogue order. */
export function datasetsFor(ids: readonly ViewId[]): string[] {
  return [...new Set(ids.flatMap((id) => CATALOGUE[id].datasets))];
}

/** The message for a missing or unknown `chart`, listing the valid ids. */
export const unknownViewMessage = (asked: string | null) => catalogueStrings.unknownView(asked, [...VIEW_IDS]);

/** The state query (without '?') of one view alone: the common keys and its own, defaults left
 *  out, so an embed code carries nothing the view does not read (nor a claim another view marks). */
export function viewQuery(id: ViewId, state: ViewState, domain: StateDomain): string {
  const own = new Set<string>([...COMMON_KEYS, ...CATALOGUE[id].keys]);
  const marked = state.claim === null ? undefined : domain.claims.get(state.claim);
  if (!marked || !CATALOGUE[id].datasets.includes(marked.dataset)) own.delete('claim');
  const params = encodeState(state, domain);
  for (const key of [...params.keys()]) if (!own.has(key)) params.delete(key);
  return params.toString().replace(/%2C/g, ',');
}
