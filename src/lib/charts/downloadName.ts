// The file name a chart's download is saved under: the view, its choices and its years.
import type { ViewState } from '../state/viewState.ts';

/** "oil-crude_oil_exports-tonnes-2014-2024.csv": the view id, then its choices, then start and end. */
export function downloadName(parts: readonly string[], state: Pick<ViewState, 'start' | 'end'>): string {
  return `${[...parts, state.start, state.end].join('-')}.csv`;
}
