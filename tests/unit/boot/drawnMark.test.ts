import { describe, it, expect, vi } from 'vitest';
import { DRAWN_MARK, drawnMark, pageDrawn } from '../../../src/lib/boot/drawnMark.ts';

describe('drawnMark', () => {
  it('marks once, in the frame after the last view drew; repeats and strangers change nothing', () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
    const marks: string[] = [];
    const drawn = drawnMark(['map', 'oil'], (n) => marks.push(n));
    drawn('map');
    drawn('map');
    drawn('pie');
    expect(frames).toHaveLength(0);
    drawn('oil');
    drawn('oil');
    expect(marks).toEqual([]);
    frames.forEach((f) => f());
    expect(marks).toEqual([DRAWN_MARK]);
    vi.unstubAllGlobals();
  });

  it('pageDrawn settles its promise when the mark is set, not before', async () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
    const { onDrawn, drawn } = pageDrawn(['map']);
    let settled = false;
    void drawn.then(() => (settled = true));
    onDrawn('map');
    await Promise.resolve();
    expect(settled).toBe(false);
    frames.forEach((f) => f());
    await drawn;
    expect(performance.getEntriesByName(DRAWN_MARK)).toHaveLength(1);
    vi.unstubAllGlobals();
  });
});
