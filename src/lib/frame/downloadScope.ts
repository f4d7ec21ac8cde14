// What a view's download is saved as, and which selected partners limited its rows.
import type { ViewState } from '../state/viewState.ts';

export interface DownloadScope {
  filename: string;
  /** The selected partners (ISO alpha-3) the rows were limited to; empty when no selection limited them. */
  limitedTo: readonly string[];
}

/**
 * "oil-crude_oil_exports-tonnes-2014-2024-ISR-ARE.csv": the view id, its choices, the years, then
 * the selected partners when they limited the rows (`limited` false for a view a selection leaves whole).
 */
export function downloadScope(parts: readonly string[], state: Pick<ViewState, 'start' | 'end' | 'countries'>, limited = true): DownloadScope {
  const limitedTo = limited ? [...state.countries] : [];
  return { filename: `${[...parts, state.start, state.end, ...limitedTo].join('-')}.csv`, limitedTo };
}
