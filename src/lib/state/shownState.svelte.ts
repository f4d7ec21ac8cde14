// The view state a view draws. A change reaches each view on screen in a task of its own at
// user-blocking priority, which the browser runs before it paints the next frame (so the views on
// screen still change together, in the frame after the input), and a view out of sight in a task
// queued at background priority (nextTask): no single task updates every view, the reader's own task
// (the input's handlers, the controls, the headlines) draws none, and a frame that is due, showing
// what the reader sees, is painted first. Measured at 4× CPU throttling: the one task was 35–73 ms;
// split by sight, 17–47 ms, then 9–13 ms a view; with the views on screen after the first split too,
// the longest task of a change (median load) 88 → 75 ms; with the first (the map) out of the
// reader's task as well, that task 23 → 9 ms median, 60 → 36 ms at worst (traced, 24 changes in
// each of 6 loads a build).
import type { ViewState } from './viewState.ts';
import type { ViewStore } from './ViewStore.svelte.ts';
import { nextTask } from './nextTask.ts';

/** `seen()` says whether the view is on screen now: read when a change comes, so scrolling costs nothing. */
export function shownState(store: () => ViewStore, seen: () => boolean): { readonly current: ViewState } {
  let shown = $state.raw(store().state);
  $effect(() => {
    const from = store();
    const next = from.state;
    const onScreen = seen();
    if (from.everywhere) shown = next;
    // The latest state, read when the task runs: of changes made in between, the last one wins
    // (unless the page has a new store by then, whose own effect has run).
    else
      nextTask(() => {
        if (store() === from) shown = from.state;
      }, onScreen ? 'user-blocking' : 'background');
  });
  return {
    get current() {
      return shown;
    },
  };
}
