// The views of a chart other than its default (arms: customers, shares, deals; investment: projects,
// statements) need code most readers never run: it is fetched the first time the state asks for one
// of them, so the first draw fetches only the default view's. Until it arrives the chart keeps the
// view it drew last, dimmed and marked busy; with nothing drawn yet, its slot's "drawn" waits.
import type { ClaimMark } from './claimMark.ts';
import type { ViewFrame } from './viewFrame.ts';
import { holdDrawnUntil } from './holdDrawn.svelte.ts';
import { strings } from '../strings.ts';

/** A module fetched the first time `current` is read. */
export class CodeOnDemand<M> {
  #load: (() => Promise<M>) | null;
  #module = $state.raw<M | null>(null);
  /** Why the module could not be fetched ('' unless it failed). */
  failed = $state('');

  constructor(load: () => Promise<M>) {
    this.#load = load;
  }

  /** The module, or null until it has arrived (the first read starts fetching it). */
  get current(): M | null {
    const load = this.#load;
    if (load) {
      this.#load = null;
      load().then(
        (m) => (this.#module = m),
        (e: Error) => (this.failed = e.message),
      );
    }
    return this.#module;
  }
}

export interface LatestView<V> {
  /** The view asked for, or the last one drawn while its code loads; null until one is there. */
  readonly view: V | null;
  /** What the frame says while it shows something other than what was asked for ('' when current):
   *  the code of the view is loading (or failed), or `remoteBusy`'s note. */
  readonly busy: string;
}

/**
 * The view `compute` returns (null while `code` is still on its way). The last view kept meanwhile
 * carries the state's claim note (`mark`): a claim's link moves focus to that note as soon as the
 * page has updated, and the note stays in place when the view it marks arrives. `remoteBusy` is read
 * after `compute`, which asks a previewed file's worker for the model it then answers about.
 */
export function latestView<V extends { frame: ViewFrame }>(
  compute: () => V | null,
  mark: () => ClaimMark | null,
  code: CodeOnDemand<unknown>,
  remoteBusy: () => string = () => '',
): LatestView<V> {
  let last: V | null = null;
  const latest = $derived.by(() => {
    const asked = compute();
    if (asked) last = asked;
    return { asked, shown: asked ?? (last && { ...last, frame: { ...last.frame, mark: mark() } }) };
  });
  const busy = $derived(latest.asked ? remoteBusy() : code.failed ? strings.partFailed(code.failed) : strings.viewLoading);
  holdDrawnUntil(() => latest.shown !== null || code.failed !== '');
  return {
    get view() {
      return latest.shown;
    },
    get busy() {
      return busy;
    },
  };
}
