// spotStack: figures for one spot are stacked a few deep, the rest counted on the top one.
import { describe, expect, it } from 'vitest';
import { MAX_ON_SPOT, spotStack, stackedY, STACK_PX, type Stacked } from '../../../src/lib/charts/spotStack.ts';

const mark = (): Stacked => ({ dodge: 0, more: 0 });

describe('spotStack', () => {
  it('numbers the figures of a spot in order and keeps other spots apart', () => {
    const stack = spotStack<Stacked>();
    const [a, b, c] = [mark(), mark(), mark()];
    expect([stack.place('ISR|2024', a), stack.place('ISR|2024', b), stack.place('ITA|2024', c)]).toEqual([true, true, true]);
    expect([a.dodge, b.dodge, c.dodge]).toEqual([0, 1, 0]);
    expect(stackedY(100, b)).toBe(100 - STACK_PX);
  });

  it(`draws ${MAX_ON_SPOT} of 300 figures for one spot and counts the other ${300 - MAX_ON_SPOT} on the top one`, () => {
    const stack = spotStack<Stacked>();
    const marks = Array.from({ length: 300 }, mark);
    const drawn = marks.filter((m) => stack.place('ISR|2024', m));
    expect(drawn).toHaveLength(MAX_ON_SPOT);
    expect(drawn.map((m) => m.more)).toEqual([0, 0, 0, 0, 300 - MAX_ON_SPOT]);
    expect(Math.max(...drawn.map((m) => m.dodge))).toBe(MAX_ON_SPOT - 1);
  });
});
