// How the oil chart's series look: the leading keys in their own colours, the rest in one grey
// "other destinations" group (a dozen greys or look-alike hues would not tell anything apart).
import type { ViewState } from '../../state/viewState.ts';
import { emphasis, partnerColours, type Emphasis } from '../../series/partnerStyle.ts';
import type { OilSeries } from './selectOil.ts';

/** How many series keys get a colour of their own. */
export const COLOURED_KEYS = 4;

export interface OilGroup {
  key: string;
  series: OilSeries[];
  colour: string;
  emphasis: Emphasis;
  /** Drawn in the shared grey and named in the legend's "other destinations" entry. */
  folded: boolean;
}

/** Groups in drawing order (see oilKeys); context keys (with "→") are never dimmed by a selection. */
export function oilGroups(keys: string[], series: OilSeries[], state: Pick<ViewState, 'countries'>): OilGroup[] {
  const colours = partnerColours(keys.slice(0, COLOURED_KEYS));
  return keys.map((key, i) => ({
    key,
    series: series.filter((s) => s.key === key),
    colour: colours.get(key) ?? 'var(--series-other)',
    emphasis: emphasis(key.includes('→') ? null : key, state),
    folded: i >= COLOURED_KEYS,
  }));
}
