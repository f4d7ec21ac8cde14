// A load (of a component, of a view's code) that a test resolves or rejects when it chooses, and
// the wait for what it set off to be drawn.
import { tick } from 'svelte';

/** `load` returns one promise, settled by `resolve` (with `value`) or `reject`; `calls` counts the loads. */
export function deferredLoad<T>(value: T) {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  let calls = 0;
  const arrived = new Promise<T>((res, rej) => {
    resolve = () => res(value);
    reject = rej;
  });
  return { load: () => (calls++, arrived), resolve, reject, calls: () => calls };
}

/** Lets a settled load's callbacks run, then Svelte's update. */
export const settle = async () => {
  await Promise.resolve();
  await tick();
};
