// The view state a view draws. A change reaches the first view on screen (the map, on the dashboard) in
// the reader's own task, each other view on screen in a task of its own at user-blocking priority, which
// the browser runs before it paints the next frame (so the views on screen still change together), and
// a view out of sight in a task queued at background priority (nextTask): no single task updates every
// view, and a frame that is due, showing what the reader sees, is painted first. Measured at 4× CPU
// throttling: the one task was 35–73 ms; split by sight, 17–47 ms, then 9–13 ms a view; with the views
// on screen split too, the longest task of a change (median load) 88 → 75 ms.
import type { ViewState } from './viewState.ts';
import type { ViewStore } from './ViewStore.svelte.ts';
import { nextTask } from './nextTask.ts';

/** `seen()` says whether the view is on screen now; read when a change comes, so scrolling costs nothing. */
let taken = false;
/** True for the first view on screen to take a change: it keeps the reader's task; a microtask,
 *  run once every view's effect has, frees it for the next change. */
function firstOnScreen(): boolean {
  if (taken) return false;
  taken = true;
  queueMicrotask(() => (taken = false));
  return true;
}

export function shownState(store: () => ViewStore, seen: () => boolean): { readonly current: ViewState } {
  let shown = $state.raw(store().state);
  $effect(() => {
    const from = store();
    const next = from.state;
    const onScreen = seen();
    if (from.everywhere || (onScreen && firstOnScreen())) shown = next;
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
