// Holds the enclosing chart slot's "drawn" while a part it waits on is still on its way (OnDemand's
// component, a view's code): released after the render in which `arrived()` first holds (its marks,
// or the message saying it failed, are in the page then), or when the part is removed first.
import { drawnHold } from './drawnHold.ts';

/** Call while the component initialises. */
export function holdDrawnUntil(arrived: () => boolean): void {
  const release = drawnHold()?.hold();
  $effect(() => {
    if (arrived()) release?.();
  });
  $effect(() => () => release?.());
}
