// What an embed and the page around it say to each other (DESIGN.md "Embeds"): the host sets state
// and moves the crosshair; the embed answers every change with its state.
import { applyPatch } from '../state/statePatch.ts';
import type { ChangeCause, ViewStore } from '../state/ViewStore.svelte.ts';
import type { ViewState } from '../state/viewState.ts';

export const SET_STATE = 'azerbaijan-ties:set-state';
export const STATE = 'azerbaijan-ties:state';
export const HOVER = 'azerbaijan-ties:hover';

export interface StateMessage {
  type: typeof STATE;
  chart: string;
  /** The store's state as it is (plain data, which postMessage clones). */
  state: ViewState;
  rejected: string[];
  cause: ChangeCause;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Listens to the parent window: a `set-state` patch is applied field by field (bad fields listed
 * in `rejected`, never thrown) and answered with the state, cause "host"; a `hover` moves the
 * crosshair. The reader's own changes are told to the parent (state, cause "reader"; hover year),
 * so embed.js can keep linked embeds in step; host changes are never told back as the reader's.
 */
export function connectHost(store: ViewStore, chart: string, post: (message: unknown) => void, win: Window = window): void {
  const tell = (rejected: string[], cause: ChangeCause) =>
    post({ type: STATE, chart, state: store.state, rejected, cause } satisfies StateMessage);
  store.listen({
    state: (_, cause) => cause === 'reader' && tell([], 'reader'),
    hover: (year, cause) => cause === 'reader' && post({ type: HOVER, chart, year }),
  });
  win.addEventListener('message', (event) => {
    if (event.source !== win.parent || !isRecord(event.data)) return;
    const m = event.data;
    if (m.type === SET_STATE) {
      const { state, rejected } = applyPatch(store.state, m, store.domain);
      store.commit(state, 'host');
      tell(rejected, 'host');
    } else if (m.type === HOVER && (m.year === null || Number.isInteger(m.year))) {
      store.hover(m.year as number | null, 'host');
    }
  });
}
