// Which partners the default map puts first: the ties the dashboard is about lead, Türkiye is context, the rest recede.
import type { ViewState } from '../state/viewState.ts';

/** `lead`: drawn full and labelled bold; `normal`: as drawn with a selection; `quiet`: lighter arcs, smaller labels. */
export type Prominence = 'lead' | 'normal' | 'quiet';

/** The partners the dashboard is about (DESIGN.md). */
export const LEAD = ['ISR', 'USA', 'ARE'];
/** Context for them: drawn as usual. */
export const CONTEXT = ['TUR'];

/**
 * A partner's prominence: with no countries selected Israel, the USA and the UAE lead, Türkiye
 * stays as context and the rest are quiet, so the first look answers "what ties Azerbaijan to
 * whom"; a selection replaces all of it (selected and dimmed, as in the charts).
 */
export function prominence(code: string, state: Pick<ViewState, 'countries'>): Prominence {
  if (state.countries.length) return 'normal';
  return LEAD.includes(code) ? 'lead' : CONTEXT.includes(code) ? 'normal' : 'quiet';
}
