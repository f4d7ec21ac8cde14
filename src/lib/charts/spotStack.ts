// Figures for one partner and period share a spot: each is drawn a few pixels above the last so
// none hides another. Past a few, the rest are counted on the top one ("+N more figures") rather
// than drawn: a file with hundreds of figures for one period must neither climb out of the plot
// nor draw hundreds of marks.

/** Vertical step between figures on one spot. */
export const STACK_PX = 4;
/** Figures drawn on one spot; the rest are counted. */
export const MAX_ON_SPOT = 5;

export interface Stacked {
  /** Position on its spot from 0 (drawn STACK_PX higher per step). */
  dodge: number;
  /** Figures on the same spot not drawn, counted on the top one drawn (0 on every other). */
  more: number;
}

/** Places marks on their spots in the order given; `place` answers whether the mark is drawn. */
export function spotStack<M extends Stacked>() {
  const spots = new Map<string, M[]>();
  return {
    place(spot: string, mark: M): boolean {
      const on = spots.get(spot) ?? [];
      spots.set(spot, on);
      if (on.length < MAX_ON_SPOT) {
        mark.dodge = on.length;
        on.push(mark);
        return true;
      }
      on[on.length - 1]!.more++;
      return false;
    },
  };
}

/** The y of a stacked mark whose figure sits at `y`. */
export function stackedY(y: number, mark: Stacked): number {
  return y - mark.dodge * STACK_PX;
}
