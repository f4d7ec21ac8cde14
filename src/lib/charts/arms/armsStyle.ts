// How each supplier's marks look and are named in the arms views: colour, emphasis, accessible name.
import type { Aggregation } from '../../data/types.ts';
import type { ViewState } from '../../state/viewState.ts';
import { countryName } from '../../geo/countryNames.ts';
import { emphasis, partnerColours, type Emphasis, partnerLabel } from '../../series/partnerStyle.ts';
import { armsStrings } from '../../viewStrings/arms.ts';
import { OTHER } from './selectSuppliers.ts';

export interface SeriesStyle {
  code: string;
  /** Display name. */
  name: string;
  /** Accessible name: the display name, plus " (selected)" for a selected partner. */
  label: string;
  colour: string;
  emphasis: Emphasis;
}

/**
 * Styles for the suppliers of one view, in order: Israel takes the accent (partnerColours), the
 * "Other suppliers" series a neutral grey and is dimmed whenever a selection exists.
 */
export function seriesStyles(
  codes: readonly string[],
  state: Pick<ViewState, 'countries'>,
  aggregates: Aggregation[],
  otherCount = 0,
): SeriesStyle[] {
  const colours = partnerColours(codes.filter((c) => c !== OTHER));
  return codes.map((code) => {
    if (code === OTHER) {
      const name = armsStrings.other(otherCount);
      return { code, name, label: name, colour: 'var(--series-other)', emphasis: state.countries.length ? 'dimmed' : 'normal' };
    }
    const name = countryName(code, aggregates);
    const e = emphasis(code, state);
    return { code, name, label: partnerLabel(name, e), colour: colours.get(code)!, emphasis: e };
  });
}
