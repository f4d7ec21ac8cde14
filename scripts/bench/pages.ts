// The pages the benchmark loads and when each counts as "drawn": extend PAGES or isDrawn here.
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Chart ids as they appear in `figure[data-chart=<id>]` (ChartFrame.svelte; the map uses ChartFrame too). */
export const CHART_IDS = ['map', 'oil', 'arms', 'investment', 'visits'] as const;

export interface BenchPage {
  /** Short name printed in the tables and used as the JSON key. */
  name: string;
  /** Path relative to the site root, with query. */
  path: string;
  /** The dist file that must exist for the page to be measured on a build. */
  file: string;
  /** The figures that must all be drawn. */
  ids: readonly string[];
}

export function benchPages(): BenchPage[] {
  return [
    { name: 'dashboard', path: '', file: 'index.html', ids: CHART_IDS },
    ...CHART_IDS.map((id) => ({ name: `embed ${id}`, path: `embed.html?chart=${id}`, file: 'embed.html', ids: [id] })),
  ];
}

/** A page exists on a build when its HTML file was built (old commits have no embed.html). */
export function pageExists(page: BenchPage, dist: string): boolean {
  return existsSync(path.join(dist, page.file));
}

/**
 * Runs INSIDE the page (serialised into the init script, so it must not use anything from this
 * module's scope). A figure is drawn when it holds an svg with at least one mark. Only markup
 * every commit shares is used, so any commit can be the baseline.
 */
export function isDrawn(ids: readonly string[]): boolean {
  return ids.every((id) => {
    const figure = document.querySelector(`figure[data-chart="${id}"]`);
    if (!figure) return false;
    return Array.from(figure.querySelectorAll('svg')).some((svg) => svg.querySelector('path, rect, line, circle') !== null);
  });
}
