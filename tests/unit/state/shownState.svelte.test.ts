// @vitest-environment jsdom
// A change reaches each view on screen in a task of its own at the priority that runs before the next
// frame, and the views out of sight at background priority, after them: none in the reader's own task.
import { describe, it, expect, afterEach } from 'vitest';
import { flushSync } from 'svelte';
import { shownState } from '../../../src/lib/state/shownState.svelte.ts';
import type { ViewStore } from '../../../src/lib/state/ViewStore.svelte.ts';
import type { ViewState } from '../../../src/lib/state/viewState.ts';

type Posted = { priority: string; work: () => void };
const globals = globalThis as { scheduler?: unknown };
afterEach(() => delete globals.scheduler);

/** Views on screen or not, mounted; a change comes in a task of its own, as a reader's does. */
async function page(seen: boolean[]) {
  const posted: Posted[] = [];
  globals.scheduler = { postTask: (work: () => void, o: { priority: string }) => (posted.push({ work, priority: o.priority }), Promise.resolve()) };
  const store = $state({ state: { start: 2000 } as unknown as ViewState, everywhere: false });
  const views: { readonly current: ViewState }[] = [];
  const stop = $effect.root(() => {
    for (const s of seen) views.push(shownState(() => store as unknown as ViewStore, () => s));
  });
  flushSync();
  await Promise.resolve();
  posted.length = 0;
  const starts = () => views.map((v) => (v.current as unknown as { start: number }).start);
  return { store, posted, starts, stop };
}

describe('shownState', () => {
  it('updates the views on screen in tasks that run before the frame, those out of sight after them, none in the reader\'s task', async () => {
    const { store, posted, starts, stop } = await page([false, true, true, false, true]);
    store.state = { start: 2010 } as unknown as ViewState;
    flushSync();
    // The reader's task (the input's handlers, the controls, the headlines) draws no view.
    expect(starts()).toEqual([2000, 2000, 2000, 2000, 2000]);
    expect(posted.map((p) => p.priority)).toEqual(['background', 'user-blocking', 'user-blocking', 'background', 'user-blocking']);
    // The tasks run as the browser's scheduler runs them: every user-blocking task first.
    const run = (priority: string) => {
      for (const p of posted.filter((p) => p.priority === priority)) p.work();
      flushSync();
    };
    run('user-blocking');
    expect(starts()).toEqual([2000, 2010, 2010, 2000, 2010]);
    run('background');
    expect(starts()).toEqual([2010, 2010, 2010, 2010, 2010]);
    stop();
  });

  it('of changes made before a view\'s task runs, the view draws the last', async () => {
    const { store, posted, starts, stop } = await page([true]);
    store.state = { start: 2010 } as unknown as ViewState;
    flushSync();
    store.state = { start: 2015 } as unknown as ViewState;
    flushSync();
    for (const p of posted) p.work();
    flushSync();
    expect(starts()).toEqual([2015]);
    stop();
  });

  it('a change meant for every view at once (a claim opened) reaches them all in its own task', async () => {
    const { store, posted, starts, stop } = await page([true, false, true]);
    store.everywhere = true;
    store.state = { start: 2012 } as unknown as ViewState;
    flushSync();
    expect(starts()).toEqual([2012, 2012, 2012]);
    expect(posted).toEqual([]);
    stop();
  });
});
