// The view state a view draws. A change reaches the views on screen in the reader's own task; a view
// out of sight takes it in a task of its own queued just after at background priority (nextTask), so
// no single task updates every view and a frame that is due, showing what the reader sees, is painted
// first. Measured at 4× CPU throttling: the one task was 35–73 ms; split, 17–47 ms, then 9–13 ms a view.
import type { ViewState } from './viewState.ts';
import type { ViewStore } from './ViewStore.svelte.ts';
import { nextTask } from './nextTask.ts';

/** `seen()` says whether the view is on screen now; read when a change comes, so scrolling costs nothing. */
export function shownState(store: () => ViewStore, seen: () => boolean): { readonly current: ViewState } {
  let shown = $state.raw(store().state);
  $effect(() => {
    const from = store();
    const next = from.state;
    if (seen() || from.everywhere) shown = next;
    // The latest state, read when the task runs: of changes made in between, the last one wins
    // (unless the page has a new store by then, whose own effect has run).
    else
      nextTask(() => {
        if (store() === from) shown = from.state;
      });
  });
  return {
    get current() {
      return shown;
    },
  };
}
