// What every chart takes: it renders from these props alone (dashboard, embed page and tests alike).
import type { DashboardData } from '../data/dashboardData.ts';
import type { ViewState } from '../state/viewState.ts';
import type { RegionFeature } from '../geo/loadRegion.ts';
import type { PreviewModels } from '../dashboard/PreviewModels.svelte.ts';

export interface ChartProps {
  data: DashboardData;
  state: ViewState;
  /** Drawing size in CSS pixels. */
  width: number;
  height: number;
  /** The year marked by the shared crosshair, or null. */
  hoverYear?: number | null;
  /** Reports the year under the pointer or keyboard cursor (null when it leaves). */
  onHoverYear?: (year: number | null) => void;
  /** Commits a choice the chart offers (its catalogue key), e.g. `{ arms: 'customers' }`. */
  onChange?: (patch: Partial<ViewState>) => void;
  /** Selects or deselects a partner (the same selection as the Countries checkboxes). */
  onToggle?: (code: string) => void;
  /** The region's countries (loadRegion), for the views that draw the map. */
  features?: RegionFeature[];
  /** A data editor's previewed file, held in the import worker: the view draws the models it
   *  answers (computing its own from `data` only until the first arrives). */
  remote?: PreviewModels | null;
}
