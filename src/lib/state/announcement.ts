// The sentence the polite live region reads after a change: "Showing 2023–2024: Israel".
import type { ViewState } from './viewState.ts';
import { formatYears } from '../format.ts';
import { list } from '../strings.ts';

/** Names the years and the selected partners (or all partners) of a state. */
export function announcement(state: Pick<ViewState, 'start' | 'end' | 'countries'>, name: (code: string) => string): string {
  const who = state.countries.length ? list(state.countries.map(name)) : 'all partners';
  return `Showing ${formatYears([state.start, state.end])}: ${who}`;
}
