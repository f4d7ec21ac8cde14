// How a partner's series looks: a fixed colour for the main partners, emphasis from the selection.
import type { ViewState } from '../state/viewState.ts';
import { strings } from '../strings.ts';

/** Fixed colours (CSS variables set for light and dark in styles.css) so a partner keeps its
 *  colour across charts; Israel takes the accent. */
const FIXED: Record<string, string> = {
  ISR: 'var(--accent)',
  USA: 'var(--series-1)',
  ARE: 'var(--series-2)',
  TUR: 'var(--series-3)',
  RUS: 'var(--series-4)',
  // The UK is a main comparison investor; the spare teal would read as the USA's blue.
  GBR: 'var(--series-6)',
};
const SPARE = ['var(--series-5)', 'var(--series-7)', 'var(--series-8)'];

/** Colour of a series; `order` is its position among the non-fixed series of the chart. */
export function partnerColour(code: string, order = 0): string {
  return FIXED[code] ?? SPARE[order] ?? 'var(--series-other)';
}

/** Colours for the partners of one chart, in order: fixed ones keep theirs, the others take the spares. */
export function partnerColours(codes: string[]): Map<string, string> {
  let spare = 0;
  return new Map(codes.map((c) => [c, FIXED[c] ?? partnerColour(c, spare++)]));
}

export type Emphasis = 'selected' | 'dimmed' | 'normal';

/** A partner's name as its group of marks says it to a screen reader (`emphasis`: its Emphasis, or the
 *  chart's own kinds such as "hub"): "Israel (selected)". */
export const partnerLabel = (name: string, emphasis: string): string => (emphasis === 'selected' ? `${name}${strings.selectedSuffix}` : name);

/** Selected partners stand out and the rest are dimmed; with no selection all are normal. */
export function emphasis(code: string | null, state: Pick<ViewState, 'countries'>): Emphasis {
  if (!state.countries.length || code === null) return 'normal';
  return state.countries.includes(code) ? 'selected' : 'dimmed';
}
