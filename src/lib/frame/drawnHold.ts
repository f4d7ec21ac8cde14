// A chart slot says its chart has drawn only once every part the chart loads on demand has arrived:
// the page's "drawn" mark, the embed's first height and the tests all mean "marks on screen".
import { getContext, setContext } from 'svelte';

export interface DrawnHold {
  /** Holds the slot's "drawn" until the returned release is called (calling it again does nothing). */
  hold(): () => void;
}

const KEY = Symbol('drawn hold');

export const provideDrawnHold = (hold: DrawnHold): DrawnHold => setContext(KEY, hold);

/** The enclosing slot's hold; undefined outside a chart slot (e.g. a component test). */
export const drawnHold = (): DrawnHold | undefined => getContext<DrawnHold | undefined>(KEY);

/** A hold that reports each hold (+1) and each first release (−1) to `count`. */
export function countingHold(count: (delta: 1 | -1) => void): DrawnHold {
  return {
    hold() {
      count(1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        count(-1);
      };
    },
  };
}
